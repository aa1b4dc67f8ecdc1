package org.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.safety.StorageProblems;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitRow;
import org.secretariat.ui.UserMessages;

/**
 * The data folder's disk fills up (or turns read-only) while the app runs: the save that hits it fails
 * with a message that says so, and every record saved before is there when the folder is opened again,
 * the failed one not at all, the audit chain whole. The database runs on H2's {@code quota:} file
 * system ({@link QuotaFileSystem}), a real file on disk whose writes fail where the test says.
 */
@org.secretariat.persistence.H2Only("the H2 file on a full disk")
class DiskFullDatabaseTest {

    private static final Messages ZH = Messages.forLanguage("zh");
    private static final Messages EN = Messages.forLanguage("en");

    @TempDir
    Path dir;

    @AfterEach
    void lift() {
        QuotaFileSystem.uninstall();
    }

    private AppContext openWithTwoUnits() throws Exception {
        QuotaFileSystem.install();
        AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec");
        assertTrue(ctx.roster().save(TestWorkspace.unit("甲单位", "")).saved());
        assertTrue(ctx.roster().save(TestWorkspace.unit("乙单位", "")).saved());
        return ctx;
    }

    /** Opens the folder again on the plain disk: the two units are there, the failed one is not, the chain holds. */
    private void assertIntactAfterReopen() throws Exception {
        QuotaFileSystem.uninstall();
        try (AppContext again = AppContext.open(dir, "test", TestWorkspace.CLOCK)) {
            assertEquals(List.of("乙单位", "甲单位"), names(again).stream().sorted().toList());
            var check = again.database().fromTransaction(s -> again.audit().verify(s));
            assertTrue(check.intact(), "audit chain broken at " + check.firstBroken());
            assertTrue(again.roster().save(TestWorkspace.unit("丁单位", "")).saved(), "the folder works again");
            assertTrue(names(again).contains("丁单位"));
        }
    }

    private static List<String> names(AppContext ctx) {
        return ctx.roster().list().stream().map(UnitRow::name).toList();
    }

    private static void closeQuietly(AppContext ctx) {
        ctx.close(); // the closing backup fails too, and is only logged
    }

    @Test
    void savingWhenTheDiskIsFullFailsClearlyAndKeepsWhatWasSaved() throws Exception {
        AppContext ctx = openWithTwoUnits();
        QuotaFileSystem.limit(100); // a torn write: 100 bytes of the commit land, then the disk is full
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> ctx.roster().save(TestWorkspace.unit("丙单位", "")));
        assertEquals(StorageProblems.Kind.DISK_FULL, StorageProblems.kindOf(e).orElseThrow());
        String zh = UserMessages.describe(e, ZH);
        assertEquals("磁盘已满，刚才的修改没有保存到 数据目录。请腾出空间，然后关闭并重新打开本程序。已保存的记录不受影响。", zh);
        assertEquals("The disk is full: the last change was not saved to the data folder. Free some space, then "
                + "close and reopen the program. Records already saved are not affected.", UserMessages.describe(e, EN));
        assertEquals("磁盘已满，刚才的修改没有保存到 " + dir + "。请腾出空间，然后关闭并重新打开本程序。已保存的记录不受影响。",
                ZH.get(StorageProblems.describeIn(e, dir).orElseThrow()));

        // space is freed, but H2 has closed the database after the failed write: the next save says so too
        QuotaFileSystem.unlimited();
        RuntimeException next = assertThrows(RuntimeException.class,
                () -> ctx.roster().save(TestWorkspace.unit("丙单位", "")));
        assertEquals(zh, UserMessages.describe(next, ZH));
        closeQuietly(ctx);
        assertIntactAfterReopen();
    }

    @Test
    void savingIntoAFolderThatTurnedReadOnlyFailsClearlyAndKeepsWhatWasSaved() throws Exception {
        AppContext ctx = openWithTwoUnits();
        QuotaFileSystem.readOnly();
        RuntimeException e = assertThrows(RuntimeException.class,
                () -> ctx.roster().save(TestWorkspace.unit("丙单位", "")));
        assertEquals(StorageProblems.Kind.READ_ONLY, StorageProblems.kindOf(e).orElseThrow());
        assertEquals("无法写入 数据目录：文件夹只读（或没有写入权限），刚才的修改没有保存。请让数据目录可以写入，然后关闭并重新打开本程序。"
                + "已保存的记录不受影响。", UserMessages.describe(e, ZH));
        QuotaFileSystem.unlimited();
        closeQuietly(ctx);
        assertIntactAfterReopen();
    }

    @Test
    void aBackupThatFillsTheDiskLeavesNoPartFileAndTheDatabaseWorks() throws Exception {
        AppContext ctx = openWithTwoUnits();
        try {
            Path earlier = ctx.backups().backupNow().file();
            long earlierSize = Files.size(earlier);
            QuotaFileSystem.limit(8 * 1024); // the zip H2 writes runs out of space part way
            BackupException e = assertThrows(BackupException.class, () -> ctx.backups().backupNow());
            String zh = ZH.get(e.text());
            assertTrue(zh.startsWith("磁盘已满，无法写入 " + dir.resolve("backups").resolve("secretariat-")), zh);
            assertTrue(zh.endsWith(".zip。请腾出空间或换一个位置后重试。已保存的记录不受影响。"), zh);
            assertEquals(List.of(earlier), Backups.list(ctx.backups().folder()), "no new or partial backup");
            try (Stream<Path> files = Files.list(ctx.backups().folder())) {
                assertEquals(List.of(earlier), files.toList(), "no temporary file left");
            }
            assertEquals(earlierSize, Files.size(earlier));
            QuotaFileSystem.unlimited();
            assertTrue(ctx.roster().save(TestWorkspace.unit("丙单位", "")).saved(), "the live database still works");
            assertTrue(names(ctx).contains("丙单位"));
            assertFalse(ctx.backups().backupNow().warnings().iterator().hasNext());
        } finally {
            ctx.close();
        }
    }
}
