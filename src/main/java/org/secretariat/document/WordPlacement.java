package org.secretariat.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDrawing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageBorderOffset;

/**
 * Things a .docx places outside the flow of text: pictures floating in front of the text, and the
 * page border. Positions are in millimetres.
 */
final class WordPlacement {

    /** Word allows at most 31 pt between a page border and the edge of the page. */
    static final double MAX_BORDER_SPACE_PT = 31;

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

    /**
     * A page border for the style, {@code distanceMm} in from the edge of the page but no more than
     * Word's 31 pt. The classic style becomes Word's thick-thin line; its corner ornaments are left out.
     */
    static void pageBorder(CTSectPr sect, BorderStyle style, double distanceMm) {
        if (style == BorderStyle.NONE) {
            return;
        }
        CTPageBorders borders = sect.isSetPgBorders() ? sect.getPgBorders() : sect.addNewPgBorders();
        borders.setOffsetFrom(STPageBorderOffset.PAGE);
        STBorder.Enum line;
        int eighths;
        switch (style) {
            case DOUBLE -> {
                line = STBorder.DOUBLE;
                eighths = 6;
            }
            case CLASSIC -> {
                line = STBorder.THICK_THIN_MEDIUM_GAP;
                eighths = 24;
            }
            default -> {
                line = STBorder.SINGLE;
                eighths = 12;
            }
        }
        long space = Math.round(Math.min(MAX_BORDER_SPACE_PT, Layout.mmToPt(distanceMm)));
        for (CTBorder side : new CTBorder[] {borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                borders.addNewRight()}) {
            side.setVal(line);
            side.setSz(BigInteger.valueOf(eighths));
            side.setSpace(BigInteger.valueOf(space));
            side.setColor("000000");
        }
    }

    private static long emu(double mm) {
        return Units.toEMU(Layout.mmToPt(mm));
    }
}
