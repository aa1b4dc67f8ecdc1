package org.secretariat.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPoint2D;
import org.openxmlformats.schemas.drawingml.x2006.main.CTPositiveSize2D;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTEffectExtent;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTPosH;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTPosV;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.STRelFromH;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.STRelFromV;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;





/**
 * Things a .docx places outside the flow of text: pictures floating in front of the text.
 * Positions are in millimetres.
 */
final class WordPlacement {

    private WordPlacement() {
    }

    /**
     * Adds a picture to the paragraph that floats in front of the text, its size w × h, {@code x}
     * from the page's left edge and {@code y} below the top of the page or, if {@code belowParagraph},
     * below the top of this paragraph (so that it moves with it); {@code z} orders the floating
     * pictures (higher is on top).
     */
    static void floatingPicture(XWPFParagraph p, byte[] png, String name, double x, double y, double w, double h,
                                boolean belowParagraph, int z) throws IOException {
        XWPFRun run = p.createRun();
        try {
            run.addPicture(new ByteArrayInputStream(png), PictureType.PNG, name, Units.toEMU(Layout.mmToPt(w)),
                    Units.toEMU(Layout.mmToPt(h)));
        } catch (InvalidFormatException e) {
            throw new IOException("cannot embed picture " + name, e);
        }
        CTDrawing drawing = run.getCTR().getDrawingArray(0);
        CTInline inline = drawing.getInlineArray(0);
        CTAnchor anchor = drawing.addNewAnchor();
        anchor.setDistT(0);
        anchor.setDistB(0);
        anchor.setDistL(0);
        anchor.setDistR(0);
        anchor.setSimplePos2(false);
        anchor.setRelativeHeight(251658240L + z);
        anchor.setBehindDoc(false);
        anchor.setLocked(false);
        anchor.setLayoutInCell(true);
        anchor.setAllowOverlap(true);
        CTPoint2D simple = anchor.addNewSimplePos();
        simple.setX(0L);
        simple.setY(0L);
        CTPosH horizontal = anchor.addNewPositionH();
        horizontal.setRelativeFrom(STRelFromH.PAGE);
        horizontal.setPosOffset((int) emu(x));
        CTPosV vertical = anchor.addNewPositionV();
        vertical.setRelativeFrom(belowParagraph ? STRelFromV.PARAGRAPH : STRelFromV.PAGE);
        vertical.setPosOffset((int) emu(y));
        CTPositiveSize2D extent = anchor.addNewExtent();
        extent.setCx(emu(w));
        extent.setCy(emu(h));
        CTEffectExtent effect = anchor.addNewEffectExtent();
        effect.setL(0L);
        effect.setT(0L);
        effect.setR(0L);
        effect.setB(0L);
        anchor.addNewWrapNone();
        CTNonVisualDrawingProps docPr = anchor.addNewDocPr();
        docPr.setId(z);
        docPr.setName(name);
        anchor.addNewCNvGraphicFramePr();
        anchor.setGraphic(inline.getGraphic());
        drawing.removeInline(0);
    }

    private static long emu(double mm) {
        return Units.toEMU(Layout.mmToPt(mm));
    }
}
