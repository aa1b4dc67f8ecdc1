package org.secretariat.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import org.h2.tools.ChangeFileEncryption;

/**
 * Re-encrypts closed H2 database files with H2's {@code ChangeFileEncryption}: a plain file gets a
 * key, a key is replaced, or removed. Backups are re-encrypted one by one through a temporary folder
 * and checked (same counts) before they replace the original.
 */
public final class FileEncryption {

    private FileEncryption() {
    }

    /** Re-encrypts the closed database of a data folder (its lock must be held by the caller). */
    public static void changeDatabase(Path dataDir, DatabaseKey from, DatabaseKey to) throws IOException {
        change(dataDir, from, to);
    }

    /**
     * Re-encrypts one backup file in place: unpacked, changed, checked against the counts it had,
     * zipped beside it and moved over it. Its file time is kept, so rotation sees the same backup.
     *
     * @throws PasswordException if {@code from} does not open it (the file is left as it was)
     */
    public static void changeBackup(Path zip, DatabaseKey from, DatabaseKey to)
            throws IOException, NotABackupException, PasswordException {
        BackupArchive.Summary before = BackupArchive.read(zip, from);
        Path tmp = Files.createTempDirectory("secretariat-rekey-");
        try {
            Path file = tmp.resolve(BackupArchive.ENTRY);
            BackupArchive.extract(zip, file);
            change(tmp, DatabaseKey.isEncrypted(file) ? from : DatabaseKey.NONE, to);
            Path rezipped = zip.resolveSibling("." + zip.getFileName() + ".rekey");
            Files.deleteIfExists(rezipped);
            BackupArchive.zipDatabaseFile(file, rezipped);
            BackupArchive.Summary after = BackupArchive.read(rezipped, to);
            if (!after.counts().equals(before.counts())) {
                Files.deleteIfExists(rezipped);
                throw new IOException("re-encrypted backup " + zip + " has other counts: " + after.counts());
            }
            FileTime time = Files.getLastModifiedTime(zip);
            Files.move(rezipped, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.setLastModifiedTime(zip, time);
        } finally {
            BackupArchive.deleteTree(tmp);
        }
    }

    private static void change(Path dir, DatabaseKey from, DatabaseKey to) throws IOException {
        if (from.equals(to)) {
            return;
        }
        try {
            ChangeFileEncryption.execute(dir.toAbsolutePath().toString(), Database.FILE_NAME, "AES", from.fileKey(),
                    to.fileKey(), true);
        } catch (SQLException e) {
            throw new IOException("cannot re-encrypt " + dir.resolve(BackupArchive.ENTRY) + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""), e);
        }
    }
}
