package org.secretariat.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming .xlsx reader gives what POI's usermodel gave: the same rows, worksheet
 * descriptions and chosen worksheet, on workbooks built here with every kind of cell a roster
 * holds, and on XML edited the way other writers than Excel save it.
 */
class XlsxStreamTest {

    @TempDir
    Path dir;

    /** Both readers, for no worksheet named and for each worksheet by name and number. */
    private void assertSameBothWays(Path file) throws SheetReadException {
        List<String> wanted = new ArrayList<>();
        wanted.add(null);
        WorkbookReader.Book book = WorkbookReader.read(file, 110, 200, null, 10, false);
        for (Sheet.SheetInfo info : book.sheets()) {
            wanted.add(info.name());
            wanted.add(Integer.toString(info.number()));
        }
        for (String w : wanted) {
            WorkbookReader.Book usermodel = WorkbookReader.read(file, 110, 200, w, 10, false);
            WorkbookReader.Book streamed = WorkbookReader.read(file, 110, 200, w, 10, true);
            assertEquals(usermodel.sheetName(), streamed.sheetName(), file + " " + w);
            assertEquals(usermodel.sheets(), streamed.sheets(), file + " " + w);
            assertEquals(usermodel.rows(), streamed.rows(), file + " " + w);
        }
    }

    private Path save(Workbook wb, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    private static XSSFWorkbook everyKindOfCell() {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet help = wb.createSheet("填表说明");
        help.createRow(0).createCell(0).setCellValue("请按下表填写，单位名称必填。");
        help.createRow(3).createCell(1).setCellValue("  ");
        XSSFSheet sheet = wb.createSheet("会员名单");
        sheet.createRow(0).createCell(0).setCellValue("会员名单");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        String[] headers = {"单位类型", "单位名称", "联系电话", "入会日期", "会费", "比例", "备注", "是否理事"};
        Row h = sheet.createRow(1);
        for (int c = 0; c < headers.length; c++) {
            h.createCell(c).setCellValue(headers[c]);
        }
        var format = wb.getCreationHelper().createDataFormat();
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(format.getFormat("yyyy-mm-dd"));
        CellStyle chineseDate = wb.createCellStyle();
        chineseDate.setDataFormat(format.getFormat("yyyy\"年\"m\"月\"d\"日\""));
        CellStyle money = wb.createCellStyle();
        money.setDataFormat(format.getFormat("#,##0.00"));
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(format.getFormat("0.0%"));
        CellStyle text = wb.createCellStyle();
        text.setDataFormat(format.getFormat("@"));
        CellStyle yellow = wb.createCellStyle();
        yellow.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
        yellow.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        double[] numbers = {1200.5, 0.1 + 0.2, 1.0 / 3, -42, 1e20, 123456.789, 0};
        for (int i = 0; i < 12; i++) {
            Row r = sheet.createRow(2 + i);
            if (i % 4 == 0) {
                r.createCell(0).setCellValue("高校");
                sheet.addMergedRegion(new CellRangeAddress(2 + i, 5 + i > 13 ? 13 : 5 + i, 0, 0));
            }
            r.createCell(1).setCellValue(i == 3 ? "第_x000D_单位" : "第" + i + "单位");
            r.createCell(2).setCellValue(13800000000.0 + i);
            XSSFCell d = (XSSFCell) r.createCell(3);
            d.setCellValue(new double[] {45000, 45000.75, -5, 1e10, 2958465, 60}[i % 6]);
            d.setCellStyle(i % 2 == 0 ? date : chineseDate);
            XSSFCell m = (XSSFCell) r.createCell(4);
            m.setCellValue(numbers[i % numbers.length]);
            m.setCellStyle(i % 3 == 0 ? money : i % 3 == 1 ? text : m.getCellStyle());
            XSSFCell p = (XSSFCell) r.createCell(5);
            p.setCellValue(numbers[(i + 2) % numbers.length]);
            p.setCellStyle(percent);
            if (i == 5) {
                XSSFRichTextString rich = new XSSFRichTextString("红字黑字");
                var font = wb.createFont();
                font.setColor(IndexedColors.RED.getIndex());
                rich.applyFont(0, 2, font);
                r.createCell(6).setCellValue(rich);
            } else if (i == 6) {
                r.createCell(6).setCellFormula("B8&\"!\"");
                ((XSSFCell) r.getCell(6)).setCellValue("缓存值");
            } else if (i == 7) {
                r.createCell(6).setCellFormula("WEBSERVICE(\"http://example.invalid/\")");
            } else if (i == 8) {
                r.createCell(6).setCellFormula("1/3");
                r.getCell(6).setCellValue(1.0 / 3);
            } else if (i == 9) {
                r.createCell(6).setCellFormula("1=1");
                r.getCell(6).setCellValue(true);
            } else if (i == 10) {
                r.createCell(6).setCellFormula("DATE(2023,5,1)");
                r.getCell(6).setCellValue(45047);
                r.getCell(6).setCellStyle(date);
            }
            r.createCell(7).setCellValue(i % 2 == 0);
        }
        sheet.createRow(14).createCell(2).setCellStyle(yellow);
        sheet.createRow(20).createCell(4).setCellValue("   ");
        sheet.createRow(30).createCell(0).setCellStyle(yellow);
        wb.setActiveSheet(0);
        return wb;
    }

    @Test
    void everyKindOfCellReadsAlike() throws Exception {
        assertSameBothWays(save(everyKindOfCell(), "kinds.xlsx"));
    }

    @Test
    void theActiveSheetWithAHeaderIsChosenAlike() throws Exception {
        XSSFWorkbook wb = everyKindOfCell();
        XSSFSheet third = wb.createSheet("其他");
        third.createRow(2).createCell(0).setCellValue("单位名称");
        third.getRow(2).createCell(1).setCellValue("联系人");
        third.createRow(3).createCell(0).setCellValue("新乡学院");
        wb.setActiveSheet(2);
        assertSameBothWays(save(wb, "active.xlsx"));
    }

    @Test
    void inlineStringsOfAStreamingWriterReadAlike() throws Exception {
        SXSSFWorkbook wb = new SXSSFWorkbook();
        var sheet = wb.createSheet("名单");
        Row h = sheet.createRow(0);
        h.createCell(0).setCellValue("单位名称");
        h.createCell(1).setCellValue("联系人");
        h.createCell(250).setCellValue("第 251 列");
        for (int r = 1; r < 40; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue("单位" + r);
            row.createCell(1).setCellValue(r % 3 == 0 ? "" : "联系人_x0009_" + r);
            if (r % 7 == 0) {
                row.createCell(230).setCellValue("只在很右边");
            }
        }
        assertSameBothWays(save(wb, "inline.xlsx"));
    }

    @Test
    void rowsAndCellsWithoutNumbersOrOutOfOrderReadAlike() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("名单");
        for (int r = 0; r < 6; r++) {
            Row row = sheet.createRow(r);
            row.createCell(0).setCellValue(r == 0 ? "单位名称" : "单位" + r);
            row.createCell(1).setCellValue(r == 0 ? "联系人" : "李" + r);
            row.createCell(3).setCellValue(r);
        }
        Path plain = save(wb, "plain.xlsx");
        Path bare = dir.resolve("bare.xlsx");
        rewrite(plain, bare, "sheet1.xml", xml -> xml.replaceAll(" r=\"[A-Z]+[0-9]+\"", "")
                .replaceFirst("<row r=\"3\"", "<row").replaceFirst("<row r=\"5\"", "<row"));
        assertSameBothWays(bare);
        Path shuffled = dir.resolve("shuffled.xlsx");
        rewrite(plain, shuffled, "sheet1.xml", xml -> {
            int a = xml.indexOf("<row r=\"2\"");
            int b = xml.indexOf("<row r=\"4\"");
            return xml.substring(0, a) + xml.substring(b, xml.indexOf("</sheetData>")) + xml.substring(a, b)
                    + xml.substring(xml.indexOf("</sheetData>"));
        });
        assertSameBothWays(shuffled);
        assertEquals(List.of("单位3", "李3", "", "3"), WorkbookReader.read(shuffled, 110, 200, null, 10, true).rows().get(3));
    }

    @Test
    void theDate1904SystemAndCellsOfErrorReadAlike() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("名单");
        Row h = sheet.createRow(0);
        h.createCell(0).setCellValue("单位名称");
        h.createCell(1).setCellValue("入会日期");
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
        Row r = sheet.createRow(1);
        r.createCell(0).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
        r.createCell(1).setCellValue(45000);
        r.getCell(1).setCellStyle(date);
        Path plain = save(wb, "plain1904.xlsx");
        Path file = dir.resolve("1904.xlsx");
        rewrite(plain, file, "workbook.xml", xml -> xml.replace("date1904=\"false\"", "date1904=\"true\""));
        assertSameBothWays(file);
        assertEquals(List.of("#DIV/0!", "2027-03-16"), WorkbookReader.read(file, 110, 200, null, 10, true).rows().get(1));
    }

    @Test
    void tooManyRowsAndAMissingSheetAreRefusedAlike() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("名单");
        sheet.createRow(0).createCell(0).setCellValue("单位名称");
        sheet.createRow(500).createCell(0).setCellValue("最后一行");
        Path file = save(wb, "far.xlsx");
        for (boolean streaming : new boolean[] {false, true}) {
            SheetReadException e = assertThrows(SheetReadException.class,
                    () -> WorkbookReader.read(file, 110, 200, null, 10, streaming));
            assertEquals("import.error.tooManyRows", e.text().key());
            e = assertThrows(SheetReadException.class, () -> WorkbookReader.read(file, 110, 200, "没有", 10, streaming));
            assertEquals("import.error.noSuchSheet", e.text().key());
        }
    }

    /** Copies a zip, passing the entries whose names end with {@code suffix} through {@code edit}. */
    private static void rewrite(Path from, Path to, String suffix, UnaryOperator<String> edit) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().endsWith(suffix)) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
