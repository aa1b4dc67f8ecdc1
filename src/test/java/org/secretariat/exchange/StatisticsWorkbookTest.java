package org.secretariat.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The statistics table prints as a bordered form one page wide. */
class StatisticsWorkbookTest {

    @TempDir
    Path dir;

    private XSSFWorkbook written(List<StatisticsWorkbook.Line> lines) throws Exception {
        Path xlsx = dir.resolve("统计表.xlsx");
        new StatisticsWorkbook().write(xlsx, "某联盟2026年度统计表", lines);
        try (InputStream in = Files.newInputStream(xlsx)) {
            return new XSSFWorkbook(in);
        }
    }

    private static List<StatisticsWorkbook.Line> lines(int n) {
        List<StatisticsWorkbook.Line> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new StatisticsWorkbook.Line("项目" + i, i, "说明" + i));
        }
        out.add(StatisticsWorkbook.Line.amount("应缴会费", new BigDecimal("9000"), "元"));
        return out;
    }

    @Test
    void printsOnePageWideOnA4WithThePrintAreaOnTheTable() throws Exception {
        try (XSSFWorkbook wb = written(lines(60))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertTrue(sheet.getFitToPage(), "fit to page");
            PrintSetup print = sheet.getPrintSetup();
            assertEquals(1, print.getFitWidth(), "one page across");
            assertEquals(0, print.getFitHeight(), "as many pages down as the rows need");
            assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
            assertEquals("统计表!$A$1:$C$63", wb.getPrintArea(0));
            assertEquals("2:2", sheet.getRepeatingRows().formatAsString().replace("$", ""));
            int chars = 0;
            for (int c = 0; c < 3; c++) {
                chars += sheet.getColumnWidth(c) / 256;
            }
            assertEquals(chars > 90, print.getLandscape(), "landscape only when the columns need it");
        }
    }

    @Test
    void everyCellOfTheTableHasThinBordersOnFourSides() throws Exception {
        try (XSSFWorkbook wb = written(lines(5))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                for (int c = 0; c < 3; c++) {
                    Cell cell = sheet.getRow(r).getCell(c);
                    CellStyle s = cell.getCellStyle();
                    String where = "row " + (r + 1) + " column " + (c + 1);
                    assertEquals(BorderStyle.THIN, s.getBorderTop(), where);
                    assertEquals(BorderStyle.THIN, s.getBorderBottom(), where);
                    assertEquals(BorderStyle.THIN, s.getBorderLeft(), where);
                    assertEquals(BorderStyle.THIN, s.getBorderRight(), where);
                }
            }
        }
    }

    @Test
    void amountsKeepTheFenAndCountsAreWholeNumbers() throws Exception {
        try (XSSFWorkbook wb = written(lines(2))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            assertEquals("0", sheet.getRow(2).getCell(1).getCellStyle().getDataFormatString());
            Cell amount = sheet.getRow(4).getCell(1);
            assertEquals("应缴会费", sheet.getRow(4).getCell(0).getStringCellValue());
            assertEquals("#,##0.00", amount.getCellStyle().getDataFormatString());
            assertEquals(9000.0, amount.getNumericCellValue());
        }
    }
}
