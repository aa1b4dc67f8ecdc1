package org.secretariat.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;

/**
 * Files that are not what they claim, or built to hurt: each is refused (or read) with a clear
 * message within a few seconds. Big inputs are generated here, never kept in the repository.
 */
class HostileSheetTest {

    private static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path dir;

    private final SheetReader reader = new SheetReader();

    /** The message a user sees (Chinese), for a file the reader refuses within {@link #BOUND}. */
    private String refusal(Path file) {
        SheetReadException e = assertTimeoutPreemptively(BOUND,
                () -> assertThrows(SheetReadException.class, () -> reader.read(file)));
        return Messages.forLanguage("zh").get(e.text());
    }

    private Path realWorkbook(String name, int rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("会员");
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("单位名称");
            h.createCell(1).setCellValue("联系人");
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("单位" + r);
                row.createCell(1).setCellValue("联系人" + r);
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void aTextFileRenamedXlsxIsNotASpreadsheet() throws IOException {
        Path file = Files.writeString(dir.resolve("名单.xlsx"), "单位名称,联系人\n新乡学院,李明\n", StandardCharsets.UTF_8);
        String m = refusal(file);
        assertTrue(m.startsWith("无法读取此文件") && m.contains("不是 Excel 文件（可能只是改了扩展名"), m);
    }

    @Test
    void theFirstHalfOfARealWorkbookIsUnreadable() throws IOException {
        Path whole = realWorkbook("whole.xlsx", 500);
        byte[] bytes = Files.readAllBytes(whole);
        Path half = Files.write(dir.resolve("half.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        String m = refusal(half);
        assertTrue(m.startsWith("无法读取此文件") && m.contains("文件不完整或已损坏"), m);
    }

    @Test
    void aZipBombRenamedXlsxIsRefusedFast() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        byte[] zeros = new byte[1 << 20];
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(bomb))) {
            z.putNextEntry(new ZipEntry("[Content_Types].xml"));
            z.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            for (int i = 0; i < 200; i++) {
                z.write(zeros); // 200 MB of zeros, about 200 KB compressed
            }
        }
        assertTrue(Files.size(bomb) < 5_000_000, "the bomb is small on disk");
        String m = refusal(bomb);
        assertTrue(m.startsWith("无法读取此文件") && m.contains("可能是恶意构造的文件"), m);
    }

    @Test
    void aSheetThatClaimsAMillionRowsIsRefusedWithoutReadingThem() throws IOException {
        Path file = dir.resolve("far.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("会员");
            sheet.createRow(0).createCell(0).setCellValue("单位名称");
            sheet.createRow(1_048_575).createCell(0).setCellValue("最后一行");
            wb.write(out);
        }
        assertEquals("行数超过 100000，请分批导入", refusal(file));
    }

    @Test
    void aCsvOfTooManyRowsIsRefused() throws IOException {
        StringBuilder b = new StringBuilder("单位名称,联系人\n");
        for (int r = 0; r < 150_000; r++) {
            b.append("单位").append(r).append(",李\n");
        }
        Path file = Files.writeString(dir.resolve("big.csv"), b, StandardCharsets.UTF_8);
        assertEquals("行数超过 100000，请分批导入", refusal(file));
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("huge.csv");
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), SheetReader.MAX_BYTES + 1); // sparse: no disk used
        }
        String m = refusal(file);
        assertTrue(m.contains("文件过大"), m);
    }

    @Test
    void aFormulaGivesItsCachedValueAndIsNeverEvaluated() throws Exception {
        Path file = dir.resolve("formula.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("会员");
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("单位名称");
            h.createCell(1).setCellValue("联系人");
            var r = sheet.createRow(1);
            XSSFCell name = r.createCell(0);
            name.setCellFormula("CONCATENATE(\"evaluated\",\"!\")");
            name.setCellValue("新乡学院"); // the cached result Excel saved
            XSSFCell web = r.createCell(1);
            web.setCellFormula("WEBSERVICE(\"http://evil.example/\")"); // no cached value at all
            wb.write(out);
        }
        Sheet sheet = assertTimeoutPreemptively(BOUND, () -> reader.read(file));
        assertEquals(List.of("新乡学院", ""), sheet.rows().get(0).cells());
    }

    @Test
    void mergedCellsReadAsTheUserSeesThem() throws Exception {
        Path file = dir.resolve("merged.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("会员");
            sheet.createRow(0).createCell(0).setCellValue("会员名单");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2)); // a merged title
            Row h = sheet.createRow(1);
            h.createCell(0).setCellValue("单位类型");
            h.createCell(1).setCellValue("单位名称");
            h.createCell(2).setCellValue("联系人");
            for (int r = 2; r <= 4; r++) {
                Row row = sheet.createRow(r);
                row.createCell(1).setCellValue("学校" + r);
                row.createCell(2).setCellValue("李" + r);
            }
            sheet.getRow(2).createCell(0).setCellValue("高校");
            sheet.addMergedRegion(new CellRangeAddress(2, 4, 0, 0)); // 高校 spans three rows
            wb.write(out);
        }
        Sheet sheet = reader.read(file);
        assertEquals(2, sheet.headerRow());
        assertEquals(List.of(List.of("高校", "学校2", "李2"), List.of("高校", "学校3", "李3"), List.of("高校", "学校4", "李4")),
                sheet.rows().stream().map(Sheet.Row::cells).toList());
    }

    @Test
    void badDateCellsReachTheChecksInsteadOfFailingTheFile() throws Exception {
        Path file = dir.resolve("dates.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("会员");
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("单位名称");
            h.createCell(1).setCellValue("入会日期");
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            double[] serials = {-5, 1e10, 45000};
            for (int i = 0; i < serials.length; i++) {
                Row r = sheet.createRow(i + 1);
                r.createCell(0).setCellValue("单位" + i);
                r.createCell(1).setCellValue(serials[i]);
                r.getCell(1).setCellStyle(dateStyle);
            }
            Row bool = sheet.createRow(4);
            bool.createCell(0).setCellValue(true);
            bool.createCell(1).setCellValue("2023-02-30");
            wb.write(out);
        }
        Sheet sheet = assertTimeoutPreemptively(BOUND, () -> reader.read(file));
        assertEquals(4, sheet.rows().size());
        assertTrue(CellText.date(sheet.rows().get(0).cell(1)) instanceof CellText.BadDate, sheet.rows().get(0).toString());
        assertTrue(CellText.date(sheet.rows().get(1).cell(1)) instanceof CellText.BadDate, sheet.rows().get(1).toString());
        assertEquals("2023-03-15", sheet.rows().get(2).cell(1));
        assertEquals("TRUE", sheet.rows().get(3).cell(0));
        assertTrue(CellText.date(sheet.rows().get(3).cell(1)) instanceof CellText.BadDate);
    }

    @Test
    void aHundredThousandCharacterCellIsReadWhole() throws Exception {
        Path file = dir.resolve("long.csv");
        String longText = "长".repeat(100_000);
        Files.writeString(file, "单位名称,备注\n新乡学院," + longText + "\n", StandardCharsets.UTF_8);
        Sheet sheet = assertTimeoutPreemptively(BOUND, () -> reader.read(file));
        assertEquals(100_000, sheet.rows().get(0).cell(1).length(), "the import checks refuse it, with row and column");
    }

    @Test
    void anXmlErrorQuotingAHugeValueGivesAShortMessage() throws IOException {
        Path whole = realWorkbook("whole.xlsx", 2);
        Path file = dir.resolve("huge-encoding.xlsx");
        try (var in = new java.util.zip.ZipFile(whole.toFile());
                ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("xl/workbook.xml")) { // the parser quotes the encoding it does not know
                    String xml = new String(data, StandardCharsets.UTF_8);
                    StringBuilder junk = new StringBuilder();
                    java.util.Random r = new java.util.Random(1);
                    for (int i = 0; i < 100_000; i++) {
                        junk.append((char) ('a' + r.nextInt(26)));
                    }
                    data = xml.replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-" + junk + "\"")
                            .getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
            }
        }
        String m = refusal(file);
        assertTrue(m.startsWith("无法读取此文件") && m.length() < 400, () -> m.length() + ": " + m.substring(0, 300));
    }
}
