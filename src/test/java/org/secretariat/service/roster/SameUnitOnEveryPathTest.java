package org.secretariat.service.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

/**
 * One unit is one unit on every path: names that differ only in full-width and half-width forms are
 * the same name for the form's save and for an import (within the file and against the roster); a
 * credit code Excel stored as a number has lost digits whatever format the cell shows, and is refused.
 */
class SameUnitOnEveryPathTest {

    private static final String HEADER = "单位名称,统一社会信用代码,单位类型,会员级别,联系人,联系电话,入会日期\n";

    @TempDir
    Path dir;

    private ImportPreview preview(AppContext ctx, Path file) throws Exception {
        var sheet = ctx.importer().read(file);
        return ctx.importer().preview(sheet, ImportService.autoMapping(sheet));
    }

    private Path csv(String name, String rows) throws Exception {
        return Files.writeString(dir.resolve(name), HEADER + rows, StandardCharsets.UTF_8);
    }

    private static List<String> errors(ImportPreview p) {
        return p.problems().stream().filter(x -> x.severity() == FieldProblem.Severity.ERROR)
                .map(x -> x.row() + ":" + x.column() + ":" + x.message().key()).toList();
    }

    @Test
    void bracketsOfEitherWidthNameOneUnitInTheFileOnTheRosterAndOnSave() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            ImportPreview inFile = preview(ctx, csv("twice.csv",
                    "新乡（甲）公司,,企业,会员单位,,,\n新乡(甲)公司,,企业,会员单位,,,\n新乡（乙）公司,,企业,会员单位,,,\n"));
            assertEquals(List.of("3:1:import.error.repeated"), errors(inFile));

            assertTrue(ctx.roster().save(TestWorkspace.unit("新乡（甲）公司", "")).saved());
            ImportPreview onRoster = preview(ctx, csv("again.csv", "新乡(甲)公司,,企业,会员单位,,,\n"));
            assertEquals(List.of("2:1:rule.name.duplicate"), errors(onRoster));

            RosterService.SaveResult saved = ctx.roster().save(TestWorkspace.unit("新乡(甲)公司\u3000", ""));
            assertFalse(saved.saved(), "the form's save refuses it too");
            assertEquals("rule.name.duplicate", saved.problems().get(0).message().key());
            assertEquals(1, ctx.roster().count());
        }
    }

    @Test
    void aCreditCodeStoredAsANumberIsRefusedWhateverItsCellFormat() throws Exception {
        for (Workbook wb : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            Path file = dir.resolve("codes." + (wb instanceof XSSFWorkbook ? "xlsx" : "xls"));
            try (wb; OutputStream out = Files.newOutputStream(file)) {
                Sheet sheet = wb.createSheet("名单");
                CellStyle whole = wb.createCellStyle();
                whole.setDataFormat(wb.createDataFormat().getFormat("0")); // shows 914107002000000000, not 9.14107E+17
                Row h = sheet.createRow(0);
                h.createCell(0).setCellValue("单位名称");
                h.createCell(1).setCellValue("统一社会信用代码");
                Row r = sheet.createRow(1);
                r.createCell(0).setCellValue("甲公司");
                r.createCell(1).setCellValue(914107002000000640.0);
                r.getCell(1).setCellStyle(whole);
                Row t = sheet.createRow(2);
                t.createCell(0).setCellValue("乙公司");
                t.createCell(1).setCellValue("'12410700MB1957204F"); // Excel's text mark typed into the cell
                wb.write(out);
            }
            try (AppContext ctx = TestWorkspace.open(dir.resolve("data-" + file.getFileName()), "xinxiang-cbec")) {
                ImportPreview p = preview(ctx, file);
                assertEquals(List.of("2:2:import.error.creditCodeScientific"), errors(p), file.toString());
                assertEquals("12410700MB1957204F", p.rows().get(1).draft().creditCode, "the text mark is dropped");
            }
        }
    }

    @Test
    void aJoinDateNotYetComeIsRefusedOnSaveAndOnImport() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            int next = java.time.LocalDate.now().getYear() + 1;
            ImportPreview p = preview(ctx, csv("future.csv", "甲公司,,企业,会员单位,,," + next + "-01-01\n乙公司,,企业,会员单位,,,2009-01-01\n"));
            assertEquals(List.of("2:7:rule.joinDate.future"), errors(p));
            UnitDraft d = TestWorkspace.unit("丙公司", "");
            d.joinDate = java.time.LocalDate.of(next, 1, 1);
            RosterService.SaveResult saved = ctx.roster().save(d);
            assertFalse(saved.saved(), "the form's save refuses it too");
            assertEquals("rule.joinDate.future", saved.problems().get(0).message().key());
        }
    }
}
