package org.secretariat.service.roster;

import org.secretariat.service.AppContext;
import org.secretariat.service.Progress;
import org.secretariat.service.TestWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.UnitType;
import org.secretariat.exchange.RosterField;

class ImportServiceTest {

    @TempDir
    Path dir;

    /** Writes a workbook: a title row, then the header, then the rows; a Date value becomes a date cell. */
    private Path workbook(String name, List<Object[]> rows) throws Exception {
        Path file = dir.resolve(name);
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("名单");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            sheet.createRow(0).createCell(0).setCellValue("新乡市跨境电商产教联盟会员名单（2025年）");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                Object[] values = rows.get(r);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(dateStyle);
                    } else if (values[c] instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (values[c] != null) {
                        row.createCell(c).setCellValue(values[c].toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static final Object[] HEADER = {"序号", "单位名称", "统一社会信用代码", "单位类型", "会员级别", "联系人",
        "联系电话", "入会日期"};

    @Test
    void importsAnXlsxWithTitleRowExcelDatesAndFullWidthSpaces() throws Exception {
        Path file = workbook("roster.xlsx", List.of(HEADER,
                new Object[] {1, "\u3000新乡学院\u3000", "12410700MB1957204F", "高校", "理事单位", "李明", 13803730001L,
                    LocalDate.of(2021, 6, 18)},
                new Object[] {2, "河南新飞跨境贸易有限公司", "", "企业", "会员单位", "郑洁", "0373-5556666", "2022年3月1日"}));
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            var sheet = ctx.importer().read(file);
            assertEquals(2, sheet.headerRow(), "the title row is skipped");
            var mapping = ImportService.autoMapping(sheet);
            assertFalse(mapping.containsKey(0), "序号 is not a roster column");
            ImportPreview preview = ctx.importer().preview(sheet, mapping);
            assertTrue(preview.canImport(), preview.problems().toString());
            assertEquals(2, ctx.importer().commit(preview));
            List<UnitRow> rows = ctx.roster().list();
            UnitRow first = rows.get(0);
            assertEquals("新乡学院", first.name());
            assertEquals(UnitType.UNIVERSITY, first.unitType());
            assertEquals("council-unit", first.tierId());
            assertEquals("13803730001", first.phone());
            assertEquals(LocalDate.of(2021, 6, 18), first.joinDate());
            assertEquals("member", rows.get(1).tierId(), "会员单位 is an alias of 普通会员单位");
            assertEquals(LocalDate.of(2022, 3, 1), rows.get(1).joinDate());
            assertEquals("IMPORT", ctx.roster().history(first.id()).get(0).getAction());
        }
    }

    @Test
    void oneBadRowStopsTheWholeImportAndEveryProblemNamesItsRowAndColumn() throws Exception {
        Path file = workbook("bad.xlsx", List.of(HEADER,
                new Object[] {1, "新乡学院", "", "高校", "理事单位", "李明", "0373-3682000", "2021-06-18"},
                new Object[] {2, "坏单位", "91350100M000100Y4", "外星机构", "金牌会员", "王五", "12345", "2023-02-30"},
                new Object[] {3, "新乡学院", "", "", "", "", "", ""}));
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            var sheet = ctx.importer().read(file);
            ImportPreview preview = ctx.importer().preview(sheet, ImportService.autoMapping(sheet));
            assertFalse(preview.canImport());
            List<String> at = preview.problems().stream().map(p -> p.row() + ":" + p.column() + ":" + p.field()).toList();
            assertEquals(List.of("4:3:creditCode", "4:4:unitType", "4:5:tier", "4:7:phone", "4:8:joinDate", "5:2:name"), at);
            assertThrows(ImportService.ImportRefused.class, () -> ctx.importer().commit(preview));
            assertEquals(0, ctx.roster().count(), "nothing was written");
        }
    }

    @Test
    void aUnitAlreadyOnTheRosterIsReportedNotDuplicated() throws Exception {
        Path file = workbook("again.xlsx", List.of(HEADER,
                new Object[] {1, "新乡学院", "12410700MB1957204F", "高校", "", "", "", ""}));
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            ctx.roster().save(TestWorkspace.unit("新乡学院（旧名）", "12410700MB1957204F"));
            var sheet = ctx.importer().read(file);
            ImportPreview preview = ctx.importer().preview(sheet, ImportService.autoMapping(sheet));
            assertEquals("rule.creditCode.duplicate", preview.problems().get(0).message().key());
            assertEquals(1, ctx.roster().count());
        }
    }

    @Test
    void aColumnWithAnUnusualHeaderCanBeMappedByTheUser() throws Exception {
        Path file = workbook("odd.xlsx", List.of(new Object[] {"成员全称", "类别"},
                new Object[] {"新乡学院", "理事单位"}));
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            var sheet = ctx.importer().read(file);
            ImportPreview auto = ctx.importer().preview(sheet, ImportService.autoMapping(sheet));
            assertEquals("import.error.missingColumn", auto.problems().get(0).message().key());
            ImportPreview mapped = ctx.importer().preview(sheet, Map.of(0, RosterField.NAME, 1, RosterField.TIER));
            assertTrue(mapped.canImport(), mapped.problems().toString());
            ctx.importer().commit(mapped);
            assertEquals("council-unit", ctx.roster().list().get(0).tierId());
        }
    }

    @Test
    void exportedRosterImportsBackIntoAnEmptyFolderUnchanged() throws Exception {
        Path export = dir.resolve("export.xlsx");
        List<UnitRow> before;
        try (AppContext ctx = TestWorkspace.open(dir.resolve("a"), "xinxiang-cbec")) {
            var sheet = ctx.importer().read(Path.of("src/test/resources/rosters/xinxiang-sample.csv"));
            ctx.importer().commit(ctx.importer().preview(sheet, ImportService.autoMapping(sheet)));
            before = ctx.roster().list();
            ctx.exporter().exportRoster(export, before);
        }
        try (AppContext ctx = TestWorkspace.open(dir.resolve("b"), "xinxiang-cbec")) {
            var sheet = ctx.importer().read(export);
            assertEquals(RosterField.values().length, ImportService.autoMapping(sheet).size(), "every exported header is recognised");
            ImportPreview preview = ctx.importer().preview(sheet, ImportService.autoMapping(sheet));
            assertTrue(preview.canImport(), preview.problems().toString());
            ctx.importer().commit(preview);
            List<UnitRow> after = ctx.roster().list();
            assertEquals(before.size(), after.size());
            for (int i = 0; i < before.size(); i++) {
                UnitRow a = before.get(i);
                UnitRow b = after.get(i);
                assertEquals(List.of(a.name(), String.valueOf(a.creditCode()), a.unitType(), a.tierId(), a.status(),
                        String.valueOf(a.joinDate()), String.valueOf(a.phone()), String.valueOf(a.email())),
                        List.of(b.name(), String.valueOf(b.creditCode()), b.unitType(), b.tierId(), b.status(),
                        String.valueOf(b.joinDate()), String.valueOf(b.phone()), String.valueOf(b.email())));
            }
        }
    }

    @Test
    void cancellingAnImportHalfWayWritesNothing() throws Exception {
        List<Object[]> rows = new java.util.ArrayList<>();
        rows.add(HEADER);
        for (int i = 1; i <= 120; i++) {
            rows.add(new Object[] {i, "测试单位" + i, "", "企业", "", "", "", ""});
        }
        Path file = workbook("many.xlsx", rows);
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            var sheet = ctx.importer().read(file);
            ImportPreview preview = ctx.importer().preview(sheet, ImportService.autoMapping(sheet));
            assertTrue(preview.canImport());
            java.util.concurrent.atomic.AtomicLong reported = new java.util.concurrent.atomic.AtomicLong();
            Progress cancelAfterFirstReport = new Progress() {
                @Override
                public void update(long done, long total) {
                    reported.set(done);
                }

                @Override
                public boolean isCancelled() {
                    return reported.get() > 0;
                }
            };
            assertThrows(java.util.concurrent.CancellationException.class,
                    () -> ctx.importer().commit(preview, cancelAfterFirstReport));
            assertEquals(0, ctx.roster().count(), "a cancelled import leaves no half import behind");
            assertEquals(120, ctx.importer().commit(preview));
        }
    }
}
