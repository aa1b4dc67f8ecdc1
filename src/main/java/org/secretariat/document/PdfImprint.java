package org.secretariat.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The 版记 in the PDF (GB/T 9704 §7.4): drawn at the foot of the last page, its last rule on the
 * lower edge of the text block; on a new page where the last page has no room below the text.
 * 仿宋 四号, one character in from each side; rules 0.35 mm first and last, 0.25 mm between.
 */
final class PdfImprint {

    private PdfImprint() {
    }

    /** Draws the imprint; call after the last text, before the document is closed. */
    static void place(PdfFlow flow, Document document, PdfWriter writer, Block.Imprint imprint, PdfText text,
                      PageSetup page) {
        PdfPTable table = table(imprint, text, page);
        float height = table.getTotalHeight();
        float bottom = document.bottom();
        float free = flow.position() - bottom;
        if (free < height + Layout.LINE_PT - 0.01f) { // keep a line between the signature and the first rule
            flow.newPage();
        }
        table.writeSelectedRows(0, -1, document.left(), bottom + height, writer.getDirectContent());
    }

    static PdfPTable table(Block.Imprint imprint, PdfText text, PageSetup page) {
        float width = (float) Layout.mmToPt(page.textWidthMm());
        double[] columns = ImprintLayout.columns(imprint, width);
        PdfPTable t = new PdfPTable(new float[] {(float) columns[0], (float) columns[1]});
        t.setTotalWidth(width);
        t.setLockedWidth(true);
        boolean copies = !imprint.copiesLine().isEmpty();
        if (copies) {
            PdfPCell c = cell(imprint.copiesLine(), TextStyle.Align.LEFT, text);
            c.setColspan(2);
            rules(c, ImprintLayout.THICK_PT, ImprintLayout.THIN_PT);
            t.addCell(c);
        }
        PdfPCell by = cell(imprint.printedBy(), TextStyle.Align.LEFT, text);
        by.setPaddingRight(0);
        PdfPCell on = cell(imprint.printedOnText(), TextStyle.Align.RIGHT, text);
        on.setPaddingLeft(0);
        rules(by, copies ? 0 : ImprintLayout.THICK_PT, ImprintLayout.THICK_PT);
        rules(on, copies ? 0 : ImprintLayout.THICK_PT, ImprintLayout.THICK_PT);
        t.addCell(by);
        t.addCell(on);
        return t;
    }

    private static PdfPCell cell(String value, TextStyle.Align align, PdfText text) {
        Paragraph p = PdfText.paragraph(align, new Layout.Indents(0, 0, 0), ImprintLayout.FONT_PT * 1.2);
        p.add(text.chunk(value, FontRole.FANGSONG, ImprintLayout.FONT_PT, 0));
        PdfPCell c = new PdfPCell();
        c.addElement(p);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setMinimumHeight((float) ImprintLayout.ROW_PT);
        c.setPaddingLeft((float) ImprintLayout.FONT_PT);
        c.setPaddingRight((float) ImprintLayout.FONT_PT);
        c.setPaddingTop(0);
        c.setPaddingBottom((float) (ImprintLayout.FONT_PT * 0.3));
        c.setUseAscender(true);
        return c;
    }

    private static void rules(PdfPCell c, double topPt, double bottomPt) {
        c.setBorder((topPt > 0 ? Rectangle.TOP : 0) | Rectangle.BOTTOM);
        if (topPt > 0) {
            c.setBorderWidthTop((float) topPt);
        }
        c.setBorderWidthBottom((float) bottomPt);
        c.setBorderWidthLeft(0);
        c.setBorderWidthRight(0);
    }
}
