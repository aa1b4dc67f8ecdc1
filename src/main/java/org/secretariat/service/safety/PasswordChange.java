package org.secretariat.service.safety;

import org.secretariat.service.AppContext;
import org.secretariat.service.Progress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.secretariat.charter.CharterLoadException;
import org.secretariat.persistence.BackupArchive;
import org.secretariat.persistence.BackupCounts;
import org.secretariat.persistence.Backups;
import org.secretariat.persistence.DataInUseException;
import org.secretariat.persistence.DataLock;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.persistence.FileEncryption;
import org.secretariat.persistence.NotABackupException;
import org.secretariat.persistence.PasswordException;
import org.secretariat.persistence.Settings;

/**
 * Sets, changes or removes the password of a closed data folder. The database file is re-encrypted
 * (a copy is kept aside until the new file opens with the same counts, and put back if it does not),
 * then every backup in {@code backups/} and in the second backup folder is re-encrypted the same way,
 * so that no copy of the data stays readable under the old password (or none).
 */
public final class PasswordChange {

    /** The backups re-encrypted, and those left as they were (made under yet another password, or unreadable). */
    public record Result(int backupsChanged, List<Path> backupsLeft) {
    }

    private PasswordChange() {
    }

    /**
     * @throws PasswordException if {@code from} does not open the data (nothing changed)
     * @throws DataInUseException if a copy of the app has the folder open (nothing changed)
     */
    public static Result change(Path dataDir, DatabaseKey from, DatabaseKey to, Clock clock, Progress progress)
            throws IOException, DataInUseException, PasswordException, CharterLoadException {
        Path live = dataDir.resolve(BackupArchive.ENTRY);
        if (!Files.exists(live)) {
            throw new IOException("no database in " + dataDir);
        }
        try (DataLock lock = DataLock.acquire(dataDir, "password change")) {
            BackupCounts before = counts(dataDir, lock, from, clock);
            Path aside = dataDir.resolve(BackupArchive.ENTRY + ".before-password");
            Files.copy(live, aside, StandardCopyOption.REPLACE_EXISTING);
            try {
                FileEncryption.changeDatabase(dataDir, from, to);
                BackupCounts after = counts(dataDir, lock, to, clock);
                if (!after.equals(before)) {
                    throw new IOException("the re-encrypted data has other counts: " + after + " instead of " + before);
                }
            } catch (IOException | PasswordException | CharterLoadException | RuntimeException e) {
                Files.move(aside, live, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                throw e;
            }
            Files.deleteIfExists(aside);
            return changeBackups(backupFolders(dataDir), from, to, progress);
        }
    }

    private static BackupCounts counts(Path dataDir, DataLock lock, DatabaseKey key, Clock clock)
            throws IOException, DataInUseException, PasswordException, CharterLoadException {
        try (AppContext ctx = AppContext.openLocked(dataDir, lock, key, clock)) {
            return ctx.database().counts();
        } catch (SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static List<Path> backupFolders(Path dataDir) {
        List<Path> folders = new ArrayList<>(List.of(Backups.folder(dataDir)));
        String second = Settings.load(dataDir).get(Settings.BACKUP_SECOND, "").strip();
        if (!second.isEmpty() && Files.isDirectory(Path.of(second))) {
            folders.add(Path.of(second));
        }
        return folders;
    }

    private static Result changeBackups(List<Path> folders, DatabaseKey from, DatabaseKey to, Progress progress)
            throws IOException {
        List<Path> all = new ArrayList<>();
        for (Path folder : folders) {
            all.addAll(Backups.list(folder));
        }
        int changed = 0;
        List<Path> left = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            progress.update(i, all.size());
            try {
                FileEncryption.changeBackup(all.get(i), from, to);
                changed++;
            } catch (PasswordException | NotABackupException | IOException e) {
                left.add(all.get(i));
            }
        }
        progress.update(all.size(), all.size());
        return new Result(changed, List.copyOf(left));
    }
}
