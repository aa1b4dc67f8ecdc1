package org.secretariat.exchange;

import org.secretariat.files.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes roster workbooks: the export (every column, one row per unit) and the blank template with
 * drop-down lists for unit type, tier and status. Files are written to a temporary file and moved
 * into place, so a failed export never leaves half a file.
 */
public final class RosterWorkbook {

    /** The columns in export and template order. */
    public static final List<RosterField> COLUMNS = List.of(RosterField.values());
    private static final int[] WIDTHS = {36, 22, 14, 14, 12, 40, 12, 18, 26, 12, 30, 10};
    private static final int VALIDATION_ROWS = 2000;

    /** Lists offered as drop-downs in the template: unit types, tiers, statuses (Chinese names). */
    public record Choices(List<String> unitTypes, List<String> tiers, List<String> statuses) {
    }

    /** Writes the rows (one text per column of {@link #COLUMNS}) under the Chinese headers. */
    public void writeRoster(Path target, String sheetName, List<List<String>> rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            var sheet = wb.createSheet(sheetName);
            CellStyle header = headerStyle(wb);
            writeHeader(sheet, header);
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                List<String> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    String v = values.get(c);
                    if (v != null && !v.isEmpty()) {
                        var cell = row.createCell(c);
                        cell.setCellValue(v); // always a text cell: "=…" is never a formula
                        if (looksLikeFormula(v)) {
                            cell.setCellStyle(quoted); // and stays text when someone edits the cell in Excel or WPS
                        }
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            save(wb, target);
            wb.dispose();
        }
    }

    /**
     * Text a spreadsheet would read as a formula if typed in (or re-entered by editing the cell):
     * starting with =, +, -, @, or a tab or carriage return (the OWASP CSV-injection list).
     */
    public static boolean looksLikeFormula(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    /** A blank roster with the headers, drop-downs and a sheet of instructions. */
    public void writeTemplate(Path target, Choices choices, List<String> instructions) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("会员名单");
            writeHeader(sheet, headerStyle(wb));
            sheet.createFreezePane(0, 1);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            addList(sheet, helper, RosterField.UNIT_TYPE, choices.unitTypes());
            addList(sheet, helper, RosterField.TIER, choices.tiers());
            addList(sheet, helper, RosterField.STATUS, choices.statuses());
            XSSFSheet help = wb.createSheet("填写说明");
            for (int i = 0; i < instructions.size(); i++) {
                help.createRow(i).createCell(0).setCellValue(instructions.get(i));
            }
            help.setColumnWidth(0, 100 * 256);
            save(wb, target);
        }
    }

    private static void addList(XSSFSheet sheet, DataValidationHelper helper, RosterField field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        int col = COLUMNS.indexOf(field);
        DataValidation v = helper.createValidation(helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, VALIDATION_ROWS, col, col));
        v.setShowErrorBox(true);
        sheet.addValidationData(v);
    }

    private static void writeHeader(org.apache.poi.ss.usermodel.Sheet sheet, CellStyle style) {
        // printed as the office prints a roster: A4 landscape, all columns on one page width
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
        var row = sheet.createRow(0);
        for (int c = 0; c < COLUMNS.size(); c++) {
            var cell = row.createCell(c);
            cell.setCellValue(COLUMNS.get(c).chineseHeader());
            cell.setCellStyle(style);
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
    }

    private static CellStyle headerStyle(org.apache.poi.ss.usermodel.Workbook wb) {
        Font font = wb.createFont();
        font.setBold(true);
        font.setFontName("宋体");
        CellStyle style = wb.createCellStyle();
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    private static void save(org.apache.poi.ss.usermodel.Workbook wb, Path target) throws IOException {
        AtomicFiles.writeAtomically(target, wb::write);
    }
}
