package org.secretariat.document;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableRowHeightRule;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The 版记 in the .docx: an in-line table without side borders whose rows carry the rules (0.35 mm
 * first and last, 0.25 mm between) — not a frame, which LibreOffice draws without its rules. Word
 * cannot anchor in-line text to the page foot, so empty lines are put before it to bring it down to
 * the last lines of the page, counted from the blocks on the body's 22-line grid; one line is kept
 * spare, because a wrong count would push the 版记 onto a page of its own.
 */
final class WordImprint {

    private static final int LINES_PER_PAGE = 22;
    private static final double BODY_CHARS = 28;
    private static final double TITLE_CHARS = 20;

    private WordImprint() {
    }

    /** Empty lines to put before the imprint so that it ends near the page foot; 0 where unknown. */
    static int padding(Doc doc, Block.Imprint imprint) {
        if (!doc.page().equals(PageSetup.OFFICIAL)) {
            return 0;
        }
        int used = 0;
        for (Block b : doc.blocks()) {
            if (b instanceof Block.Text t) {
                double chars = t.style() == TextStyle.TITLE ? TITLE_CHARS : BODY_CHARS;
                for (String line : t.text().split("\n", -1)) {
                    used += Math.max(1, (int) Math.ceil((Layout.ems(line) + t.style().indentChars()) / chars));
                }
            } else if (b instanceof Block.Signature) {
                used += Layout.SIGNATURE_GAP_LINES + 2;
            } else if (b instanceof Block.BlankLines n) {
                used += n.count();
            } else if (b instanceof Block.PageBreak) {
                used = 0;
            } else if (!(b instanceof Block.Imprint)) {
                return 0; // tables and pictures: their height is not counted here
            }
        }
        int rows = imprint.copiesLine().isEmpty() ? 1 : 2;
        int free = LINES_PER_PAGE - used % LINES_PER_PAGE;
        int pad = free - rows - 1;
        return pad >= 1 ? pad : pad + LINES_PER_PAGE; // no room: fill this page and come down the next
    }

    static void add(XWPFDocument d, Block.Imprint imprint, PageSetup page) {
        double totalPt = Layout.mmToPt(page.textWidthMm());
        boolean copies = !imprint.copiesLine().isEmpty();
        XWPFTable t = d.createTable(copies ? 2 : 1, 2);
        t.setWidth(Layout.ptToTwips(totalPt));
        t.setWidthType(TableWidthType.DXA);
        t.setTableAlignment(TableRowAlign.CENTER);
        CTTblPr pr = t.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        XWPFTable.XWPFBorderType none = XWPFTable.XWPFBorderType.NONE;
        t.setTopBorder(none, 0, 0, "auto");
        t.setBottomBorder(none, 0, 0, "auto");
        t.setLeftBorder(none, 0, 0, "auto");
        t.setRightBorder(none, 0, 0, "auto");
        t.setInsideHBorder(none, 0, 0, "auto");
        t.setInsideVBorder(none, 0, 0, "auto");
        t.setCellMargins(0, Layout.ptToTwips(ImprintLayout.FONT_PT), 0, Layout.ptToTwips(ImprintLayout.FONT_PT));
        var grid = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        double[] columns = ImprintLayout.columns(imprint, totalPt);
        grid.addNewGridCol().setW(BigInteger.valueOf(Layout.ptToTwips(columns[0])));
        grid.addNewGridCol().setW(BigInteger.valueOf(Layout.ptToTwips(columns[1])));
        int r = 0;
        if (copies) {
            XWPFTableRow row = t.getRow(r++);
            row.removeCell(1);
            XWPFTableCell only = row.getCell(0);
            (only.getCTTc().isSetTcPr() ? only.getCTTc().getTcPr() : only.getCTTc().addNewTcPr()).addNewGridSpan()
                    .setVal(BigInteger.valueOf(2));
            fill(row, 0, imprint.copiesLine(), TextStyle.Align.LEFT, totalPt, ImprintLayout.THICK_PT, ImprintLayout.THIN_PT);
        }
        XWPFTableRow row = t.getRow(r);
        double top = copies ? 0 : ImprintLayout.THICK_PT;
        fill(row, 0, imprint.printedBy(), TextStyle.Align.LEFT, columns[0], top, ImprintLayout.THICK_PT);
        fill(row, 1, imprint.printedOnText(), TextStyle.Align.RIGHT, columns[1], top, ImprintLayout.THICK_PT);
        row.getCell(0).getCTTc().getTcPr().addNewTcMar().addNewRight().setW(BigInteger.ZERO);
        row.getCell(1).getCTTc().getTcPr().addNewTcMar().addNewLeft().setW(BigInteger.ZERO);
    }

    private static void fill(XWPFTableRow row, int c, String text, TextStyle.Align align, double widthPt,
                             double topPt, double bottomPt) {
        row.setCantSplitRow(true);
        row.setHeight(Layout.ptToTwips(ImprintLayout.ROW_PT));
        row.getCtRow().getTrPr().getTrHeightArray(0).setHRule(
                org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule.AT_LEAST);
        XWPFTableCell cell = row.getCell(c);
        cell.setWidth(Integer.toString(Layout.ptToTwips(widthPt)));
        cell.setWidthType(TableWidthType.DXA);
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTcBorders borders = tcPr.isSetTcBorders() ? tcPr.getTcBorders() : tcPr.addNewTcBorders();
        if (topPt > 0) {
            rule(borders.addNewTop(), topPt);
        }
        rule(borders.addNewBottom(), bottomPt);
        borders.addNewLeft().setVal(STBorder.NIL);
        borders.addNewRight().setVal(STBorder.NIL);
        XWPFParagraph p = cell.getParagraphs().get(0);
        WordText.paragraph(p, align, new Layout.Indents(0, 0, 0), ImprintLayout.FONT_PT * 1.2);
        WordText.addText(p, text, FontRole.FANGSONG.wordFamily(), ImprintLayout.FONT_PT, 0);
    }

    private static void rule(CTBorder b, double pt) {
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(Math.round(pt * 8))); // eighths of a point
        b.setSpace(BigInteger.ZERO);
        b.setColor("000000");
    }
}
