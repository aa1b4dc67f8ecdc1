package org.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2's BACKUP TO, checked before it is kept; files that are not backups are told apart. */
class BackupsTest {

    @TempDir
    Path dir;

    @Test
    void aCopyDamagedBeforeItsCheckIsDeletedAndReported() throws Exception {
        try (Database db = Database.open(dir.resolve("data"), "test")) {
            Path target = dir.resolve("out/secretariat-20261121-100000.zip");
            BackupException e = assertThrows(BackupException.class, () -> Backups.writeVerified(db, target,
                    copy -> Files.write(copy, java.util.Arrays.copyOf(Files.readAllBytes(copy), 100))));
            assertEquals("backup.error.verify", e.text().key());
            assertFalse(Files.exists(target));
            try (var left = Files.list(target.getParent())) {
                assertEquals(0, left.count(), "no temporary file left behind");
            }
        }
    }

    @Test
    void anUndamagedCopyHoldsTheDatabase() throws Exception {
        try (Database db = Database.open(dir.resolve("data"), "test")) {
            Path target = dir.resolve("it's here/copy.zip");
            BackupArchive.Summary s = Backups.writeVerified(db, target);
            assertTrue(Files.isRegularFile(target));
            assertEquals(new BackupCounts(0, 0, 0, 0, 0), s.counts());
            assertEquals(Files.size(target), s.size());
        }
    }

    @Test
    void filesThatAreNotBackupsSayWhy() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.zip"), "hello", StandardCharsets.UTF_8);
        assertEquals("backup.reason.notZip", reason(text));
        Path otherZip = dir.resolve("other.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(otherZip))) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hi".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("backup.reason.noDatabase", reason(otherZip));
        Path garbage = dir.resolve("garbage.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(garbage))) {
            z.putNextEntry(new ZipEntry(BackupArchive.ENTRY));
            z.write(new byte[10_000]);
        }
        assertEquals("backup.reason.corrupt", reason(garbage));
        NotABackupException missing = assertThrows(NotABackupException.class, () -> BackupArchive.read(dir.resolve("missing.zip")));
        assertEquals("backup.error.missing", missing.text().key(), "a file that is not there is named as missing");
    }

    private static String reason(Path file) {
        NotABackupException e = assertThrows(NotABackupException.class, () -> BackupArchive.read(file));
        assertEquals("backup.error.notBackup", e.text().key());
        return ((org.secretariat.i18n.Text) e.text().args()[1]).key();
    }
}
