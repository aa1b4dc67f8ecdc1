package org.secretariat.document;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * Tables in the PDF, matching {@link WordTables}: full text width, 0.5 pt borders, 仿宋 小四 cells,
 * 黑体 header repeated on each page, rows moved whole to the next page when they do not fit.
 */
final class PdfTables {

    private PdfTables() {
    }

    static PdfPTable table(Block.Table table, PdfText text, PageSetup page) {
        float totalPt = (float) Layout.mmToPt(page.textWidthMm());
        double[] widths = Layout.columnWidths(table, totalPt);
        float[] relative = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            relative[i] = (float) widths[i];
        }
        PdfPTable t = new PdfPTable(relative);
        // A percentage of the column, not a locked width: for a locked table OpenPDF recomputes every
        // row's height on every page (quadratic in a long table); this way each row is measured once.
        // The column is the text block, so the width is the same; set it now so PdfFlow can measure rows.
        t.setWidthPercentage(100);
        t.setTotalWidth(totalPt);
        // no repeated header for a headerless table, nor for one of header rows only (OpenPDF drops those)
        t.setHeaderRows(table.headerless() || table.rows().isEmpty() ? 0 : 1);
        t.setSplitLate(true);
        t.setSpacingBefore(0); // PdfFlow puts tables on the line grid
        t.setSpacingAfter(0);
        float minHeight = (float) Layout.mmToPt(table.minRowHeightMm());
        if (!table.headerless()) {
            addRow(t, table.header(), widths, text, true, minHeight);
        }
        for (List<String> row : table.rows()) {
            addRow(t, row, widths, text, false, minHeight);
        }
        return t;
    }

    /** A dashed line across the text width in the middle of a body line, where a slip is cut apart. */
    static PdfPTable cutLine(PageSetup page) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
        cell.setFixedHeight((float) Layout.LINE_PT);
        cell.setCellEvent((c, position, canvases) -> {
            com.lowagie.text.pdf.PdfContentByte line = canvases[PdfPTable.LINECANVAS];
            line.saveState();
            line.setLineWidth((float) Layout.BORDER_PT);
            line.setLineDash(4f, 3f, 0f);
            float y = (position.getTop() + position.getBottom()) / 2;
            line.moveTo(position.getLeft(), y);
            line.lineTo(position.getRight(), y);
            line.stroke();
            line.restoreState();
        });
        PdfPTable t = new PdfPTable(1);
        t.setTotalWidth((float) Layout.mmToPt(page.textWidthMm()));
        t.setLockedWidth(true);
        t.addCell(cell);
        return t;
    }

    private static void addRow(PdfPTable t, List<String> cells, double[] widths, PdfText text, boolean header,
                               float minHeight) {
        for (int c = 0; c < widths.length; c++) {
            String value = cells.get(c);
            boolean centred = header || Layout.centredInCell(value, widths[c]);
            Paragraph p = PdfText.paragraph(centred ? TextStyle.Align.CENTER : TextStyle.Align.JUSTIFY,
                    new Layout.Indents(0, 0, 0), Layout.TABLE_LINE_PT);
            p.add(text.chunk(value, header ? FontRole.HEI : FontRole.FANGSONG, Layout.TABLE_PT, 0));
            PdfPCell cell = new PdfPCell();
            cell.addElement(p);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setBorderWidth((float) Layout.BORDER_PT);
            float side = (float) Layout.CELL_SIDE_PADDING_PT;
            // Word centres 12 pt text in an 18 pt line; the ascender/descender box is 6 pt shorter
            float vertical = (float) (Layout.CELL_VERTICAL_PADDING_PT + (Layout.TABLE_LINE_PT - Layout.TABLE_PT) / 2);
            cell.setPaddingLeft(side);
            cell.setPaddingRight(side);
            cell.setPaddingTop(vertical);
            cell.setPaddingBottom(vertical);
            cell.setUseAscender(true);
            cell.setUseDescender(true);
            cell.setMinimumHeight(minHeight);
            t.addCell(cell);
        }
    }
}
