package org.secretariat.service.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.service.AppContext;
import org.secretariat.service.Progress;
import org.secretariat.service.TestWorkspace;

/**
 * The commit writes exactly what the preview checked, and checks again whenever the roster changed
 * after the preview (another window, a command, a second PC): a unit added meanwhile under the same
 * name refuses the import; a roster left alone is not checked a second time.
 */
class ImportCommitCheckTest {

    @TempDir
    Path dir;

    private Path roster(int rows) throws Exception {
        StringBuilder csv = new StringBuilder("单位名称,统一社会信用代码,单位类型,会员级别\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("测试单位").append(i).append(",,企业,\n");
        }
        Path file = dir.resolve("名单" + rows + ".csv");
        Files.writeString(file, csv);
        return file;
    }

    /** Counts the progress reports: the check reports every 50 rows, and so does the writing. */
    private static final class Reports implements Progress {
        final AtomicInteger count = new AtomicInteger();

        @Override
        public void update(long done, long total) {
            count.incrementAndGet();
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    @Test
    void aUnitAddedAfterThePreviewUnderAnImportedNameRefusesTheImport() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            var sheet = ctx.importer().read(roster(3));
            ImportPreview preview = ctx.importer().preview(sheet, ImportService.autoMapping(sheet));
            assertTrue(preview.canImport(), preview.problems().toString());
            ctx.roster().save(TestWorkspace.unit("测试单位2", ""));
            ImportService.ImportRefused refused = assertThrows(ImportService.ImportRefused.class,
                    () -> ctx.importer().commit(preview));
            var problem = refused.preview().problems().get(0);
            assertEquals("rule.name.duplicate", problem.message().key());
            assertEquals(3, problem.row(), "the second data row, under the header");
            assertEquals(1, ctx.roster().count(), "only the unit added by hand is on the roster");
        }
    }

    @Test
    void aRosterLeftAloneIsNotCheckedASecondTimeAndAChangedOneIs() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            var sheet = ctx.importer().read(roster(120));
            ImportPreview preview = ctx.importer().preview(sheet, ImportService.autoMapping(sheet));
            Reports unchanged = new Reports();
            assertEquals(120, ctx.importer().commit(preview, unchanged));
            assertEquals(2, unchanged.count.get(), "rows 50 and 100 written; no second check");

            Path second = dir.resolve("second.csv");
            Files.writeString(second, Files.readString(roster(120)).replace("测试单位", "新单位"));
            var sheet2 = ctx.importer().read(second);
            ImportPreview preview2 = ctx.importer().preview(sheet2, ImportService.autoMapping(sheet2));
            ctx.roster().save(TestWorkspace.unit("别的单位", ""));
            Reports changed = new Reports();
            assertEquals(120, ctx.importer().commit(preview2, changed));
            assertEquals(4, changed.count.get(), "checked again (50, 100), then written (50, 100)");
            assertEquals(241, ctx.roster().count());
        }
    }
}
