package org.secretariat.service.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

/** Cells clerks really send: a formula that failed (#DIV/0!), 「无」 in the code column of a unit with no code. */
class ImportOddCellsTest {

    @TempDir
    Path dir;

    private ImportPreview preview(AppContext ctx, Path file) throws Exception {
        var sheet = ctx.importer().read(file);
        return ctx.importer().preview(sheet, ImportService.autoMapping(sheet));
    }

    @Test
    void aFormulaThatFailedIsRefusedAtItsCellNotImportedEmpty() throws Exception {
        Path file = dir.resolve("formula.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("名单");
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue("单位名称");
            h.createCell(1).setCellValue("联系电话");
            Row r = sheet.createRow(1);
            r.createCell(0).setCellValue("甲公司");
            r.createCell(1).setCellFormula("1/0");
            r.getCell(1).setCellErrorValue(FormulaError.DIV0.getCode()); // the value Excel saved with it
            wb.write(out);
        }
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            ImportPreview p = preview(ctx, file);
            assertEquals(List.of("2:2:import.error.formulaError"), p.problems().stream()
                    .map(x -> x.row() + ":" + x.column() + ":" + x.message().key()).toList());
            assertEquals("#DIV/0!", p.problems().get(0).message().args()[0]);
        }
    }

    @Test
    void noneWrittenInTheCodeColumnIsNoCode() throws Exception {
        Path csv = Files.writeString(dir.resolve("none.csv"), "单位名称,统一社会信用代码,会员级别\n甲公司,无,会员单位\n乙公司,—,会员单位\n",
                StandardCharsets.UTF_8);
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            ImportPreview p = preview(ctx, csv);
            assertTrue(p.canImport(), p.problems().toString());
            assertEquals("", p.rows().get(0).draft().creditCode);
            assertEquals("无", p.rows().get(0).normalised().get(0).before(), "said in the preview as normalised");
            assertEquals(2, ctx.importer().commit(p));
        }
    }

    @Test
    void aHiddenRowIsLeftOutAndSaidSoInEitherFormat() throws Exception {
        for (org.apache.poi.ss.usermodel.Workbook wb : List.of(new XSSFWorkbook(), new org.apache.poi.hssf.usermodel.HSSFWorkbook())) {
            Path file = dir.resolve("hidden." + (wb instanceof XSSFWorkbook ? "xlsx" : "xls"));
            try (wb; OutputStream out = Files.newOutputStream(file)) {
                org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("名单");
                sheet.createRow(0).createCell(0).setCellValue("单位名称");
                sheet.createRow(1).createCell(0).setCellValue("甲公司");
                Row hidden = sheet.createRow(2);
                hidden.createCell(0).setCellValue("已退出的乙公司");
                hidden.setZeroHeight(true);
                sheet.createRow(3).createCell(0).setCellValue("丙公司");
                wb.write(out);
            }
            try (AppContext ctx = TestWorkspace.open(dir.resolve("data-" + file.getFileName()), "xinxiang-cbec")) {
                var sheet = ctx.importer().read(file);
                assertEquals(List.of("甲公司", "丙公司"), sheet.rows().stream().map(r -> r.cell(0)).toList(), file.toString());
                assertEquals(3, sheet.skipped().get(0).number());
                assertEquals("import.skipped.hidden", sheet.skipped().get(0).reason().key());
            }
        }
    }

    @Test
    void aYearDotOneIsReadAsJanuaryWithAWarningThatOctoberMayHaveBeenMeant() throws Exception {
        Path csv = Files.writeString(dir.resolve("dates.csv"), "单位名称,入会日期\n甲公司,2023.1\n乙公司,2023.12\n",
                StandardCharsets.UTF_8);
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            ImportPreview p = preview(ctx, csv);
            assertTrue(p.canImport(), "a warning, not an error");
            assertEquals(java.time.LocalDate.of(2023, 1, 1), p.rows().get(0).draft().joinDate);
            assertEquals(List.of("2:2:import.warning.dateDotOne"), p.problems().stream()
                    .map(x -> x.row() + ":" + x.column() + ":" + x.message().key()).toList(), "only the ambiguous one");
        }
    }
}
