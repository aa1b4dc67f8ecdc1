package org.secretariat.service.safety;

import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitRow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.persistence.BackupArchive;
import org.secretariat.persistence.BackupException;
import org.secretariat.persistence.DataInUseException;
import org.secretariat.persistence.NotABackupException;

/** Restoring a backup into a closed data folder: the data before is kept, and a failure puts it back. */
@org.secretariat.persistence.H2Only("restoring a BACKUP TO zip into the folder")
class RestoreTest {

    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    /** A data folder with 甲单位, backed up by hand to backup.zip, then 乙单位 added. */
    private Path folderWithBackupOfOneUnit() throws Exception {
        Path backup = dir.resolve("backup.zip");
        try (AppContext ctx = TestWorkspace.open(data(), "xinxiang-cbec")) {
            assertTrue(ctx.roster().save(TestWorkspace.unit("甲单位", "")).saved());
            ctx.backups().backupTo(backup);
            assertTrue(ctx.roster().save(TestWorkspace.unit("乙单位", "")).saved());
        }
        return backup;
    }

    private List<String> unitNames() throws Exception {
        try (AppContext ctx = AppContext.open(data(), "test", TestWorkspace.CLOCK)) {
            return ctx.roster().list().stream().map(UnitRow::name).sorted().toList();
        }
    }

    @Test
    void aBackupReplacesTheDataAndTheDataBeforeIsBackedUp() throws Exception {
        Path backup = folderWithBackupOfOneUnit();
        assertEquals(1, BackupService.preview(backup).counts().units());
        Restore.Result r = Restore.restore(data(), backup, TestWorkspace.CLOCK);
        assertEquals(1, r.restored().counts().units());
        assertEquals(List.of("甲单位"), unitNames());
        assertEquals(2, BackupService.preview(r.previous()).counts().units(), "the replaced data is kept as a backup");
        assertFalse(Files.exists(data().resolve("secretariat.mv.db.before-restore")));
        Restore.restore(data(), r.previous(), TestWorkspace.CLOCK);
        assertEquals(List.of("乙单位", "甲单位"), unitNames(), "and can be restored in turn");
    }

    @Test
    void aFileThatIsNotABackupChangesNothing() throws Exception {
        folderWithBackupOfOneUnit();
        Path text = Files.writeString(dir.resolve("名单.zip"), "单位名称\n甲", StandardCharsets.UTF_8);
        NotABackupException e = assertThrows(NotABackupException.class,
                () -> Restore.restore(data(), text, TestWorkspace.CLOCK));
        assertEquals("backup.error.notBackup", e.text().key());
        assertEquals(List.of("乙单位", "甲单位"), unitNames());
    }

    @Test
    void aBackupThatDoesNotOpenIsRolledBack() throws Exception {
        folderWithBackupOfOneUnit();
        Path foreign = dir.resolve("foreign.zip");
        Path db = dir.resolve("foreign");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.resolve("secretariat"), "sa", "");
             Statement s = c.createStatement()) {
            for (String t : List.of("member_unit", "person", "meeting", "certificate")) {
                s.execute("CREATE TABLE " + t + " (id INT)");
            }
            s.execute("CREATE TABLE audit_entry (at TIMESTAMP)");
        }
        BackupArchive.zipDatabaseFile(db.resolve("secretariat.mv.db"), foreign);
        assertEquals(0, BackupService.preview(foreign).counts().units(), "it reads as a backup …");
        BackupException e = assertThrows(BackupException.class, () -> Restore.restore(data(), foreign, TestWorkspace.CLOCK));
        assertEquals("restore.error.failed", e.text().key(), "… but does not open as Secretariat data");
        assertEquals(List.of("乙单位", "甲单位"), unitNames());
        assertFalse(Files.exists(data().resolve("secretariat.mv.db.before-restore")));
    }

    @Test
    void anOpenFolderIsNotRestored() throws Exception {
        Path backup = folderWithBackupOfOneUnit();
        try (AppContext ctx = AppContext.open(data(), "window", TestWorkspace.CLOCK)) {
            assertThrows(DataInUseException.class, () -> Restore.restore(data(), backup, TestWorkspace.CLOCK));
            assertEquals(2, ctx.roster().count());
        }
    }
}
