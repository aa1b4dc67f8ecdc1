package org.secretariat.service.safety;

import org.secretariat.service.AppContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.secretariat.charter.CharterLoadException;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.BackupArchive;
import org.secretariat.persistence.BackupCounts;
import org.secretariat.persistence.BackupException;
import org.secretariat.persistence.Backups;
import org.secretariat.persistence.DataInUseException;
import org.secretariat.persistence.DataLock;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.persistence.NotABackupException;
import org.secretariat.persistence.PasswordException;

/**
 * Puts a backup in place of a data folder's database. The folder must not be open: the restore takes
 * its lock, zips the current database file into {@code backups/}, moves it aside, unpacks the backup,
 * and opens the result as the app does (Flyway migrates, Hibernate validates, the charter loads, the
 * counts match the backup's). If any of that fails, the old file is moved back.
 */
public final class Restore {

    /** The backup put in place, and the backup of the data it replaced (null if the folder had none). */
    /**
     * What a restore did: the backup's summary, where the data it replaced was saved, and, when the
     * data's password protection changed with it, what to tell the user (null if it did not).
     */
    public record Result(BackupArchive.Summary restored, Path previous, Text protection) {
    }

    private Restore() {
    }

    /**
     * @throws org.secretariat.persistence.NotABackupException if {@code backup} is not a Secretariat backup (nothing changed)
     * @throws BackupException if the restored data did not open (the old data is back in place)
     * @throws DataInUseException if a copy of the app has the folder open (nothing changed)
     */
    public static Result restore(Path dataDir, Path backup, Clock clock)
            throws BackupException, DataInUseException, IOException {
        try {
            return restore(dataDir, backup, DatabaseKey.NONE, clock);
        } catch (PasswordException e) {
            throw new NotABackupException(Text.of("backup.error.notBackup", backup, Text.of("backup.reason.password")), e);
        }
    }

    /**
     * Restores a backup that may be encrypted: {@code key} is the backup's key. The restored data keeps
     * the password the backup was made under.
     *
     * @throws PasswordException if the backup is encrypted and {@code key} does not open it (nothing changed)
     */
    public static Result restore(Path dataDir, Path backup, DatabaseKey key, Clock clock)
            throws BackupException, DataInUseException, IOException, PasswordException {
        BackupArchive.Summary incoming = BackupArchive.read(backup, key);
        Files.createDirectories(dataDir);
        try (DataLock lock = DataLock.acquire(dataDir, "restore")) {
            Path live = dataDir.resolve(BackupArchive.ENTRY);
            Path aside = dataDir.resolve(BackupArchive.ENTRY + ".before-restore");
            Path previous = null;
            boolean wasEncrypted = DatabaseKey.isEncrypted(live);
            if (Files.exists(live)) {
                previous = Backups.newFile(Backups.folder(dataDir), LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
                Files.createDirectories(previous.getParent());
                BackupArchive.zipDatabaseFile(live, previous);
                Files.move(live, aside, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                BackupArchive.extract(backup, live);
                check(dataDir, lock, key, clock, incoming);
            } catch (BackupException | CharterLoadException | DataInUseException | PasswordException | IOException
                     | RuntimeException e) {
                Files.deleteIfExists(live);
                if (Files.exists(aside)) {
                    Files.move(aside, live, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
                throw new BackupException(Text.of("restore.error.failed", backup, reason(e)), e);
            }
            Files.deleteIfExists(aside);
            return new Result(incoming, previous, protection(wasEncrypted, DatabaseKey.isEncrypted(live)));
        }
    }

    /**
     * The restored data keeps the password its backup was made under (the data is the backup's, file
     * for file): said whenever that is not what the data had, so a backup from before a password was
     * set never leaves the data unprotected without the user being told.
     */
    static Text protection(boolean before, boolean after) {
        if (before && !after) {
            return Text.of("restore.protection.dropped");
        }
        if (after) {
            return Text.of(before ? "restore.protection.backupPassword" : "restore.protection.added");
        }
        return null;
    }

    private static void check(Path dataDir, DataLock lock, DatabaseKey key, Clock clock, BackupArchive.Summary incoming)
            throws BackupException, CharterLoadException, DataInUseException, IOException, PasswordException {
        try (AppContext ctx = AppContext.openLocked(dataDir, lock, key, clock)) {
            BackupCounts now = ctx.database().counts();
            if (!now.equals(incoming.counts())) {
                throw new BackupException(Text.of("restore.reason.counts", Backups.describe(now),
                        Backups.describe(incoming.counts())), null);
            }
        } catch (java.sql.SQLException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Object reason(Exception e) {
        if (e instanceof BackupException b) {
            return b.text();
        }
        if (e instanceof CharterLoadException c && !c.problems().isEmpty()) {
            return c.problems().get(0).message();
        }
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
