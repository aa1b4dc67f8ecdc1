package org.secretariat.service.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.AuditEntry;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

/**
 * An import larger than one batch: written in JDBC batches (not a statement per row), its audit
 * entries chained in row order after the trail's existing end, the chain unbroken across batches.
 */
class ImportBatchTest {

    /** More than two batches, and not a multiple of one: the last rows are written by the commit's flush. */
    private static final int ROWS = ImportService.BATCH * 2 + 17;

    @TempDir
    Path dir;

    private Path workbook() throws Exception {
        Path file = dir.resolve("roster.xlsx");
        try (Workbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("名单");
            Row header = sheet.createRow(0);
            String[] headers = {"单位名称", "单位类型", "会员级别", "联系人", "联系电话", "入会日期"};
            for (int c = 0; c < headers.length; c++) {
                header.createCell(c).setCellValue(headers[c]);
            }
            for (int r = 1; r <= ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("新乡第" + r + "科技有限公司");
                row.createCell(1).setCellValue("企业");
                row.createCell(2).setCellValue("会员单位");
                row.createCell(3).setCellValue("李明");
                row.createCell(4).setCellValue(String.format("138%08d", r));
                row.createCell(5).setCellValue("2024-03-01");
            }
            wb.write(out);
        }
        return file;
    }

    @Test
    void aLargeImportIsBatchedAndChainsItsAuditEntriesInRowOrder() throws Exception {
        Path file = workbook();
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            assertTrue(ctx.roster().save(TestWorkspace.unit("已在名单上的单位", "")).saved());
            long before = ctx.database().fromTransaction(s -> ctx.audit().verify(s)).entries();
            var sheet = ctx.importer().read(file);
            ImportPreview preview = ctx.importer().preview(sheet, ImportService.autoMapping(sheet));
            assertTrue(preview.canImport(), preview.problems().toString());

            Statistics stats = ctx.database().sessionFactory().getStatistics();
            stats.clear();
            assertEquals(ROWS, ctx.importer().commit(preview));
            // identity keys took a statement per unit and per audit entry (2 × ROWS); batches take one per
            // table per 50 rows (units and audit entries, 2 × 3 here) and the sequence's few calls
            long statements = stats.getPrepareStatementCount();
            assertTrue(statements <= 20, statements + " statements for " + ROWS + " rows");
            assertEquals(2L * ROWS, stats.getEntityInsertCount(), "one unit and one audit entry a row");

            var verification = ctx.database().fromTransaction(s -> ctx.audit().verify(s));
            assertTrue(verification.intact(), () -> "broken at " + verification.firstBroken().map(AuditEntry::getSeq));
            assertEquals(before + ROWS, verification.entries());
            List<AuditEntry> imported = ctx.database().fromTransaction(s -> s.createSelectionQuery(
                    "from AuditEntry a where a.action = 'IMPORT' order by a.seq", AuditEntry.class).getResultList());
            assertEquals(ROWS, imported.size());
            for (int i = 0; i < ROWS; i++) {
                AuditEntry e = imported.get(i);
                assertEquals(before + 1 + i, e.getSeq(), "numbered on from the trail's end");
                assertEquals("新乡第" + (i + 1) + "科技有限公司", e.getEntityLabel(), "in row order");
            }
            assertEquals(ROWS + 1, ctx.roster().list().size());
        }
    }
}
