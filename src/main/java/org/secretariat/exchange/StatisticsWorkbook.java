package org.secretariat.exchange;

import org.secretariat.files.AtomicFiles;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The statistics table for the annual inspection filing (年检统计表), as .xlsx: label, number, note.
 * It prints as a form: A4 fitted to one page width (landscape when the columns are wider than a
 * portrait page), the print area set to the table, the header row repeated on each page, thin
 * borders on every cell of the table, the title centred above it. Amounts (会费) carry yuan to the
 * fen in the {@code #,##0.00} format.
 */
public final class StatisticsWorkbook {

    /** Column widths in characters: 项目, 数量, 说明. */
    static final int[] WIDTHS = {22, 14, 44};
    /** Row height: about 7 mm, room for a correction by hand. */
    private static final float ROW_PT = 20;
    /** Widest table, in characters, that fits across a portrait A4 page at 100%. */
    private static final int PORTRAIT_CHARS = 90;

    /** One line: what is counted, the number (or an amount in yuan with {@code money}), and how it was counted. */
    public record Line(String label, BigDecimal value, String note, boolean money) {
        public Line {
            Objects.requireNonNull(label);
            Objects.requireNonNull(value);
            note = note == null ? "" : note;
        }

        /** A count. */
        public Line(String label, long value, String note) {
            this(label, BigDecimal.valueOf(value), note, false);
        }

        /** An amount in yuan, exact to the fen. */
        public static Line amount(String label, BigDecimal yuan, String note) {
            return new Line(label, yuan.setScale(2, java.math.RoundingMode.UNNECESSARY), note, true);
        }
    }

    public void write(Path target, String title, List<Line> lines) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("统计表");
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle titleStyle = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            titleStyle.setFont(big);
            titleStyle.setAlignment(HorizontalAlignment.CENTER);
            CellStyle head = bordered(wb, HorizontalAlignment.CENTER);
            head.setFont(bold);
            CellStyle text = bordered(wb, HorizontalAlignment.LEFT);
            text.setWrapText(true);
            CellStyle count = bordered(wb, HorizontalAlignment.RIGHT);
            count.setDataFormat(wb.createDataFormat().getFormat("0"));
            CellStyle money = bordered(wb, HorizontalAlignment.RIGHT);
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));

            XSSFRow titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(28);
            titleRow.createCell(0).setCellValue(title);
            titleRow.getCell(0).setCellStyle(titleStyle);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, WIDTHS.length - 1));
            XSSFRow header = sheet.createRow(1);
            header.setHeightInPoints(ROW_PT);
            String[] names = {"项目", "数量", "说明"};
            for (int i = 0; i < names.length; i++) {
                cell(header, i, head).setCellValue(names[i]);
            }
            for (int r = 0; r < lines.size(); r++) {
                Line line = lines.get(r);
                XSSFRow row = sheet.createRow(r + 2);
                row.setHeightInPoints(ROW_PT);
                cell(row, 0, text).setCellValue(line.label());
                cell(row, 1, line.money() ? money : count).setCellValue(line.value().doubleValue());
                cell(row, 2, text).setCellValue(line.note());
            }
            int chars = 0;
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
                chars += WIDTHS[i];
            }
            int lastRow = lines.size() + 1;
            wb.setPrintArea(0, 0, WIDTHS.length - 1, 0, lastRow);
            sheet.setRepeatingRows(CellRangeAddress.valueOf("2:2"));
            sheet.setFitToPage(true);
            sheet.setHorizontallyCenter(true);
            PrintSetup print = sheet.getPrintSetup();
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setLandscape(chars > PORTRAIT_CHARS);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0); // as many pages down as needed, one page across
            sheet.getFooter().setCenter("第 &P 页，共 &N 页");
            AtomicFiles.writeAtomically(target, wb::write);
        }
    }

    private static CellStyle bordered(XSSFWorkbook wb, HorizontalAlignment align) {
        CellStyle s = wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private static XSSFCell cell(XSSFRow row, int column, CellStyle style) {
        XSSFCell c = row.createCell(column);
        c.setCellStyle(style);
        return c;
    }
}
