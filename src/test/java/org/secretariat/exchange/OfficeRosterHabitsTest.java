package org.secretariat.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;

/**
 * Rosters the way offices hand them over (issue 16): notes typed under the table, a formatted cell
 * far below the data, an instructions sheet saved as the active one, and files older or stricter
 * than Excel 2007 — each built here, read, and checked for what the user would see.
 */
class OfficeRosterHabitsTest {

    @TempDir
    Path dir;

    private final SheetReader reader = new SheetReader();
    private final Messages zh = Messages.forLanguage("zh");

    private static final String[] HEADERS = {"序号", "单位名称", "会员级别", "联系人", "联系电话"};

    private static void roster(XSSFSheet sheet, int units) {
        sheet.createRow(0).createCell(0).setCellValue("某某联盟会员单位名单");
        Row header = sheet.createRow(1);
        for (int c = 0; c < HEADERS.length; c++) {
            header.createCell(c).setCellValue(HEADERS[c]);
        }
        for (int i = 1; i <= units; i++) {
            Row r = sheet.createRow(1 + i);
            r.createCell(0).setCellValue(i);
            r.createCell(1).setCellValue("第" + i + "单位");
            r.createCell(2).setCellValue("会员单位");
            r.createCell(3).setCellValue("王芳");
            r.createCell(4).setCellValue("0373-3682001");
        }
    }

    private Path save(XSSFWorkbook wb, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
        return file;
    }

    @Test
    void notesUnderTheTableAreSkippedWithTheirReasonNeverImported() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("名单");
        roster(sheet, 3);
        sheet.createRow(6).createCell(0).setCellValue("注：以上排名不分先后");
        sheet.addMergedRegion(new CellRangeAddress(6, 6, 0, 4));
        Row signer = sheet.createRow(7);
        signer.createCell(0).setCellValue("填表人：王芳");
        signer.createCell(3).setCellValue("填表日期：2025年3月1日");
        Sheet read = reader.read(save(wb, "notes.xlsx"));

        assertEquals(List.of("第1单位", "第2单位", "第3单位"), read.rows().stream().map(r -> r.cell(1)).toList());
        assertEquals(List.of(7, 8), read.skipped().stream().map(Sheet.Skipped::number).toList());
        assertEquals("表格下方的说明「注：以上排名不分先后」，不是会员单位", zh.get(read.skipped().get(0).reason()));
        assertTrue(zh.get(read.skipped().get(1).reason()).contains("填表人：王芳"));
    }

    @Test
    void aSentenceInOneCellOfAWideTableIsANoteButANameAloneIsAUnit() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("名单");
        roster(sheet, 2);
        sheet.createRow(4).createCell(1).setCellValue("只填了名称的单位");
        sheet.createRow(5).createCell(0).setCellValue("以上单位经理事会审议通过");
        Sheet read = reader.read(save(wb, "single.xlsx"));

        assertEquals(List.of("第1单位", "第2单位", "只填了名称的单位"), read.rows().stream().map(r -> r.cell(1)).toList());
        assertEquals(List.of(6), read.skipped().stream().map(Sheet.Skipped::number).toList());
    }

    @Test
    void aFormattedEmptyCellFarBelowDoesNotMakeTenRowsTooMany() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet sheet = wb.createSheet("名单");
        roster(sheet, 10);
        CellStyle yellow = wb.createCellStyle();
        yellow.setFillForegroundColor(IndexedColors.YELLOW.getIndex());
        yellow.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        sheet.createRow(1_048_000).createCell(3).setCellStyle(yellow);
        sheet.createRow(150_000).createCell(0).setCellValue("");
        Sheet read = reader.read(save(wb, "styled.xlsx"));
        assertEquals(10, read.rows().size());
    }

    @Test
    void theRosterSheetIsReadWhenTheInstructionsSheetWasSavedActive() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        XSSFSheet help = wb.createSheet("填表说明");
        help.createRow(0).createCell(0).setCellValue("请按下表填写，单位名称必填。");
        roster(wb.createSheet("会员名单"), 4);
        wb.setActiveSheet(0);
        Sheet read = reader.read(save(wb, "two-sheets.xlsx"));

        assertEquals("会员名单", read.sheetName());
        assertEquals(4, read.rows().size());
        assertEquals(List.of("填表说明"), read.otherSheets().stream().map(Sheet.SheetInfo::name).toList());
    }

    @Test
    void aSheetIsChosenByNameOrNumberAndAMissingOneIsNamedWithTheOthers() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        roster(wb.createSheet("2024年"), 2);
        roster(wb.createSheet("2025年"), 5);
        Path file = save(wb, "years.xlsx");

        assertEquals(5, reader.read(file, "2025年").rows().size());
        assertEquals(2, reader.read(file, "1").rows().size());
        SheetReadException e = assertThrows(SheetReadException.class, () -> reader.read(file, "2026年"));
        assertEquals("文件中没有工作表「2026年」；本文件的工作表：「2024年」（4 行）、「2025年」（7 行）", zh.get(e.text()));
    }

    @Test
    void excel95IsRefusedWithHowToSaveItAnew() throws Exception {
        Path file = dir.resolve("excel95.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[] {0x09, 0x08, 0x08, 0x00, 0, 5, 5, 0, 0, 0, 0, 0}),
                    "Book");
            fs.writeFilesystem(out);
        }
        String message = zh.get(assertThrows(SheetReadException.class, () -> reader.read(file)).text());
        assertEquals("这是 Excel 5.0/95 格式的旧文件，本软件读不了；请在 Excel 或 WPS 中打开，另存为「Excel 工作簿（.xlsx）」后再导入",
                message);
    }

    @Test
    void excel4IsCalledAnOldExcelFileNotANonSpreadsheet() throws Exception {
        Path file = dir.resolve("excel4.xls");
        Files.write(file, new byte[] {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00});
        String message = zh.get(assertThrows(SheetReadException.class, () -> reader.read(file)).text());
        assertTrue(message.startsWith("这是 Excel 2.x–4.0 格式的旧文件"), message);
    }

    @Test
    void strictOpenXmlIsRefusedInChinese() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        roster(wb.createSheet("名单"), 1);
        Path plain = save(wb, "plain.xlsx");
        Path strict = dir.resolve("strict.xlsx");
        rewrite(plain, strict, ".rels", s -> s.replace(
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
                "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"));
        String message = zh.get(assertThrows(SheetReadException.class, () -> reader.read(strict)).text());
        assertTrue(message.startsWith("这是「Strict Open XML 电子表格」格式"), message);
    }

    @Test
    void aDamagedWorkbookIsDescribedWithoutLibraryWords() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        roster(wb.createSheet("名单"), 1);
        Path plain = save(wb, "plain.xlsx");
        Path broken = dir.resolve("broken.xlsx");
        rewrite(plain, broken, "sheet1.xml", s -> s.replace("<sheetData>", "<sheetData><row r=\"x\"><c r=\"?\" t=\"n\"><v>zz"));
        String message = zh.get(assertThrows(SheetReadException.class, () -> reader.read(broken)).text());
        assertFalse(message.matches("(?s).*(org\\.apache|java\\.|Exception|[A-Za-z]{6,}).*"), message);
    }

    /** Copies a zip, passing the entries whose names end with {@code suffix} through {@code edit}. */
    private static void rewrite(Path from, Path to, String suffix, java.util.function.UnaryOperator<String> edit)
            throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = readAll(in);
                if (e.getName().endsWith(suffix)) {
                    bytes = edit.apply(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toByteArray();
    }
}
