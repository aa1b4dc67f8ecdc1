package org.secretariat.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rosters as people keep them: a title above the header, dates and phones typed as numbers, GBK CSV. */
class SheetReaderTest {

    @TempDir
    Path dir;

    private final SheetReader reader = new SheetReader();

    private Path titledWorkbook() throws IOException {
        Path file = dir.resolve("名单.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("会员");
            sheet.createRow(0).createCell(0).setCellValue("新乡市跨境电商产教联盟会员名单");
            Row header = sheet.createRow(1);
            String[] headers = {"单位名称", "联系电话", "入会日期", "备注"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            Row first = sheet.createRow(2);
            first.createCell(0).setCellValue("新乡学院");
            first.createCell(1).setCellValue(13800138000d);
            first.createCell(2).setCellValue(LocalDate.of(2023, 5, 1));
            first.getCell(2).setCellStyle(dateStyle);
            sheet.createRow(3); // a blank row, as users leave them
            Row blankCells = sheet.createRow(4);
            blankCells.createCell(0).setCellValue("\u3000");
            blankCells.createCell(1).setCellValue("");
            Row second = sheet.createRow(5);
            second.createCell(0).setCellValue("河南科技学院");
            second.createCell(1).setCellValue("0373-3040001");
            second.createCell(2).setCellValue("2021/6/18");
            second.createCell(3).setCellValue(3.5);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    @Test
    void titleRowAboveTheHeaderIsSkippedAndRowsAreNumberedAsInExcel() throws Exception {
        Sheet sheet = reader.read(titledWorkbook());
        assertEquals("名单.xlsx", sheet.fileName());
        assertEquals(2, sheet.headerRow());
        assertEquals(List.of("单位名称", "联系电话", "入会日期", "备注"), sheet.headers());
        assertEquals(List.of(3, 6), sheet.rows().stream().map(Sheet.Row::number).toList());
        assertEquals("新乡学院", sheet.rows().get(0).cell(0));
        assertEquals("河南科技学院", sheet.rows().get(1).cell(0));
    }

    @Test
    void dateFormattedCellComesOutIso() throws Exception {
        Sheet sheet = reader.read(titledWorkbook());
        assertEquals("2023-05-01", sheet.rows().get(0).cell(2));
        assertEquals("2021/6/18", sheet.rows().get(1).cell(2), "text dates are left as typed");
    }

    @Test
    void phoneTypedAsNumberComesOutWithoutExponent() throws Exception {
        Sheet sheet = reader.read(titledWorkbook());
        assertEquals("13800138000", sheet.rows().get(0).cell(1));
        assertEquals("3.5", sheet.rows().get(1).cell(3));
    }

    @Test
    void shortRowsArePaddedToTheHeaders() throws Exception {
        Sheet sheet = reader.read(titledWorkbook());
        assertEquals("", sheet.rows().get(0).cell(3));
        assertEquals(4, sheet.rows().get(0).cells().size());
    }

    @Test
    void gb18030CsvAsExcelSavesItInChinaIsDecoded() throws Exception {
        Path file = dir.resolve("gbk.csv");
        Files.write(file, "单位名称,联系人,联系电话\r\n新乡学院,李明,0373-3682000\r\n".getBytes(Charset.forName("GB18030")));
        Sheet sheet = reader.read(file);
        assertEquals(List.of("单位名称", "联系人", "联系电话"), sheet.headers());
        assertEquals(List.of("新乡学院", "李明", "0373-3682000"), sheet.rows().get(0).cells());
        assertEquals(2, sheet.rows().get(0).number());
    }

    @Test
    void utf8CsvWithBomIsDecodedAndTheBomIsNotPartOfTheFirstHeader() throws Exception {
        Path file = dir.resolve("bom.csv");
        byte[] body = "单位名称,联系人\n新乡学院,李明\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        Files.write(file, bytes);
        Sheet sheet = reader.read(file);
        assertEquals("单位名称", sheet.headers().get(0));
        assertEquals("新乡学院", sheet.rows().get(0).cell(0));
    }

    @Test
    void csvWithTitleLineAndQuotedFieldsIsRead() throws Exception {
        Path file = dir.resolve("quoted.csv");
        Files.writeString(file, "会员名单,,\n单位名称,单位地址,备注\n新乡学院,\"新乡市红旗区,金穗大道\",\"两行\n备注\"\n",
                StandardCharsets.UTF_8);
        Sheet sheet = reader.read(file);
        assertEquals(2, sheet.headerRow());
        assertEquals("新乡市红旗区,金穗大道", sheet.rows().get(0).cell(1));
        assertEquals("两行\n备注", sheet.rows().get(0).cell(2));
        assertEquals(3, sheet.rows().get(0).number());
    }

    @Test
    void csvRowNumbersCountBlankLinesAsExcelShowsThem() throws Exception {
        // Opened in Excel, the blank line is row 3 and 河南科技学院 is on row 4: a problem must point there.
        Path file = dir.resolve("gap.csv");
        Files.writeString(file, "单位名称,入会日期\n新乡学院,2021-06-18\n\n河南科技学院,2023-02-30\n", StandardCharsets.UTF_8);
        Sheet sheet = reader.read(file);
        assertEquals(List.of(2, 4), sheet.rows().stream().map(Sheet.Row::number).toList());
    }

    @Test
    void textFileRenamedXlsxIsASheetReadException() throws IOException {
        Path file = dir.resolve("fake.xlsx");
        Files.writeString(file, "单位名称,联系人\n新乡学院,李明\n", StandardCharsets.UTF_8);
        SheetReadException e = assertThrows(SheetReadException.class, () -> reader.read(file));
        assertEquals("import.error.unreadable", e.text().key());
    }

    @Test
    void emptyXlsxFileIsASheetReadException() throws IOException {
        Path file = dir.resolve("empty.xlsx");
        Files.write(file, new byte[0]);
        assertThrows(SheetReadException.class, () -> reader.read(file));
    }

    @Test
    void workbookWithoutAnyCellIsEmpty() throws Exception {
        Path file = dir.resolve("blank.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Sheet1");
            wb.write(out);
        }
        SheetReadException e = assertThrows(SheetReadException.class, () -> reader.read(file));
        assertEquals("import.error.empty", e.text().key());
    }

    @Test
    void missingFileIsASheetReadException() {
        SheetReadException e = assertThrows(SheetReadException.class, () -> reader.read(dir.resolve("none.xlsx")));
        assertEquals("import.error.notFound", e.text().key());
    }
}
