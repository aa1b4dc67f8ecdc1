package org.secretariat.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import java.awt.Color;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Text pieces for the PDF: chunks in the role's font (a stroked outline makes 宋体 stand in for
 * 小标宋), Chinese line breaking, the grid spacing, and paragraphs with a fixed line pitch.
 */
final class PdfText {

    private final FontSet fonts;
    private final Map<FontRole, Map<Double, Font>> cache = new EnumMap<>(FontRole.class);

    PdfText(FontSet fonts) {
        this.fonts = fonts;
    }

    Chunk chunk(String text, FontRole role, double sizePt, double spacingPt) {
        FontSet.Loaded loaded = fonts.resolve(role);
        Font font = cache.computeIfAbsent(role, r -> new HashMap<>())
                .computeIfAbsent(sizePt, s -> new Font(loaded.font(), s.floatValue()));
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(KinsokuSplit.INSTANCE);
        if (spacingPt != 0) {
            chunk.setCharacterSpacing((float) spacingPt);
        }
        if (loaded.bold()) {
            chunk.setTextRenderMode(PdfContentByte.TEXT_RENDER_MODE_FILL_STROKE, (float) (sizePt / 30), Color.BLACK);
        }
        return chunk;
    }

    static Paragraph paragraph(TextStyle.Align align, Layout.Indents indents, double linePt) {
        Paragraph p = new Paragraph();
        p.setLeading((float) linePt, 0);
        p.setAlignment(alignment(align));
        p.setIndentationLeft((float) indents.leftPt());
        p.setFirstLineIndent((float) indents.firstLinePt());
        p.setIndentationRight((float) indents.rightPt());
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        return p;
    }

    static int alignment(TextStyle.Align align) {
        return switch (align) {
            case LEFT -> Element.ALIGN_LEFT;
            case CENTER -> Element.ALIGN_CENTER;
            case RIGHT -> Element.ALIGN_RIGHT;
            case JUSTIFY -> Element.ALIGN_JUSTIFIED;
        };
    }
}
