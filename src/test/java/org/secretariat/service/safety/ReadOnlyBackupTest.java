package org.secretariat.service.safety;

import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.cli.StoragePlaces;
import org.secretariat.i18n.Messages;
import org.secretariat.persistence.BackupException;
import org.secretariat.persistence.Backups;
import org.secretariat.persistence.Settings;

/** Automatic backups into a backups folder or second folder that cannot be written: said so, data intact. */
@org.secretariat.persistence.H2Only("BACKUP TO into a read-only folder")
class ReadOnlyBackupTest {

    private static final Messages ZH = Messages.forLanguage("zh");

    @TempDir
    Path dir;

    @AfterEach
    void restore() throws Exception {
        StoragePlaces.restore(dir);
    }

    @Test
    void aReadOnlyBackupsFolderFailsClearlyAndTheDataStaysUsable() throws Exception {
        Path data = dir.resolve("data");
        for (Path folder : StoragePlaces.readOnlyFolders(dir)) {
            try (AppContext ctx = TestWorkspace.open(data, "xinxiang-cbec")) {
                Files.deleteIfExists(Backups.folder(data)); // the backups folder is the read-only place
                Files.createSymbolicLink(Backups.folder(data), folder);
                assertTrue(ctx.roster().save(TestWorkspace.unit("甲单位", "")).saved());
                BackupException e = assertThrows(BackupException.class, () -> ctx.backups().backupNow());
                String zh = ZH.get(e.text());
                assertTrue(zh.startsWith("无法写入 " + Backups.folder(data).resolve("secretariat-")), zh);
                assertTrue(zh.endsWith(".zip：文件夹只读（或没有写入权限）。请换一个位置后重试。已保存的记录不受影响。"), zh);
                assertTrue(ctx.roster().save(TestWorkspace.unit("乙单位", "")).saved(), "the database still saves");
                Files.delete(Backups.folder(data));
            }
        }
    }

    @Test
    void aReadOnlySecondFolderIsAWarningAndTheBackupIsKept() throws Exception {
        Path data = dir.resolve("data");
        for (Path folder : StoragePlaces.readOnlyFolders(dir)) {
            try (AppContext ctx = TestWorkspace.open(data, "xinxiang-cbec")) {
                ctx.settings().set(Settings.BACKUP_SECOND, folder.toString());
                BackupService.Result r = ctx.backups().backupNow();
                assertTrue(Files.isRegularFile(r.file()));
                assertEquals(List.of("无法复制到第二备份目录 " + folder + "：文件夹只读（或没有写入权限）"),
                        r.warnings().stream().map(ZH::get).toList());
            }
        }
    }
}
