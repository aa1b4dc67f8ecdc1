package org.secretariat.document;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Tables in the .docx: as wide as the text, fixed column widths, single 0.5 pt borders, 仿宋 小四
 * cells, a 黑体 header row that Word repeats at the top of every page, rows kept whole; each line of a
 * cell is its own paragraph.
 */
final class WordTables {

    private WordTables() {
    }

    static void add(XWPFDocument d, Block.Table table, PageSetup page) {
        double totalPt = Layout.mmToPt(page.textWidthMm());
        double[] widths = Layout.columnWidths(table, totalPt);
        int cols = widths.length;
        int headerRows = table.headerless() ? 0 : 1;
        XWPFTable t = d.createTable(table.rows().size() + headerRows, cols);
        t.setWidth(Layout.ptToTwips(totalPt));
        t.setWidthType(TableWidthType.DXA);
        t.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr pr = t.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        int border = (int) Math.round(Layout.BORDER_PT * 8); // eighths of a point
        t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        t.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        t.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        t.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, border, 0, "000000");
        int vertical = Layout.ptToTwips(Layout.CELL_VERTICAL_PADDING_PT);
        int side = Layout.ptToTwips(Layout.CELL_SIDE_PADDING_PT);
        t.setCellMargins(vertical, side, vertical, side);
        CTTblGrid grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (double w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(Layout.ptToTwips(w)));
        }
        // the row list once: XWPFTable.getRow(i) counts the rows in the XML on every call
        List<XWPFTableRow> rows = t.getRows();
        if (!table.headerless()) {
            fill(rows.get(0), table.header(), widths, true);
            rows.get(0).setRepeatHeader(true);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            fill(rows.get(r + headerRows), table.rows().get(r), widths, false);
        }
        if (table.minRowHeightMm() > 0) {
            int twips = Layout.mmToTwips(table.minRowHeightMm());
            for (XWPFTableRow row : rows) {
                row.setHeight(twips);
                row.getCtRow().getTrPr().getTrHeightArray(0)
                        .setHRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule.AT_LEAST);
            }
        }
    }

    /** The cut line of a slip: a dashed border across the text in the middle of one body line. */
    static void cutLine(XWPFDocument d, XWPFParagraph upper) {
        WordText.exactLines(upper, Layout.LINE_PT / 2);
        var borders = upper.getCTP().isSetPPr() ? upper.getCTP().getPPr() : upper.getCTP().addNewPPr();
        var bottom = (borders.isSetPBdr() ? borders.getPBdr() : borders.addNewPBdr()).addNewBottom();
        bottom.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.DASHED);
        bottom.setSz(BigInteger.valueOf(Math.round(Layout.BORDER_PT * 8)));
        bottom.setSpace(BigInteger.ZERO);
        bottom.setColor("000000");
        WordText.exactLines(d.createParagraph(), Layout.LINE_PT / 2);
    }

    private static void fill(XWPFTableRow row, List<String> cells, double[] widths, boolean header) {
        row.setCantSplitRow(true);
        for (int c = 0; c < widths.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setWidth(Integer.toString(Layout.ptToTwips(widths[c])));
            cell.setWidthType(TableWidthType.DXA);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            String text = cells.get(c);
            boolean centred = header || Layout.centredInCell(text, widths[c]);
            FontRole font = header ? FontRole.HEI : FontRole.FANGSONG;
            // one paragraph a line: Word and LibreOffice stretch a justified line that ends in a line break
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
                WordText.paragraph(p, centred ? TextStyle.Align.CENTER : TextStyle.Align.JUSTIFY,
                        new Layout.Indents(0, 0, 0), Layout.TABLE_LINE_PT);
                WordText.addText(p, lines[i], font.wordFamily(), Layout.TABLE_PT, 0);
            }
        }
    }
}
