package org.secretariat.service.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.BackupArchive;
import org.secretariat.persistence.BackupCounts;
import org.secretariat.persistence.PortableExport;
import org.secretariat.persistence.BackupException;
import org.secretariat.persistence.BackupRotation;
import org.secretariat.persistence.Backups;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.persistence.NotABackupException;
import org.secretariat.persistence.PasswordException;
import org.secretariat.persistence.Settings;

/**
 * Backups of the open data folder: verified copies in {@code <data>/backups/}, copied to a second
 * folder if one is set, rotated (14 daily, 8 weekly, 12 monthly); automatically once a day while
 * running and on exit when something changed; or by hand to any file.
 */
public final class BackupService {

    private static final Logger LOG = LogManager.getLogger(BackupService.class);

    /** A backup written and verified; {@code warnings} (a missing second folder) did not stop it. */
    public record Result(BackupArchive.Summary summary, List<Text> warnings) {
        public Path file() {
            return summary.file();
        }
    }

    /** One file of the backups folder: its summary, or why it cannot be read. */
    public record Listing(Path file, LocalDateTime takenAt, long size, BackupArchive.Summary summary, Text problem) {
    }

    private final Database db;
    private final Path dataDir;
    private final Settings settings;
    private final Clock clock;
    private final BackupRotation rotation;
    private long writesAtLastBackup;

    public BackupService(Database db, Path dataDir, Settings settings, Clock clock, BackupRotation rotation) {
        this.db = db;
        this.dataDir = dataDir;
        this.settings = settings;
        this.clock = clock;
        this.rotation = rotation;
        this.writesAtLastBackup = db.writeCount();
    }

    public Path folder() {
        return Backups.folder(dataDir);
    }

    /** An automatic backup now, into the backups folder and the second folder; old ones are rotated out. */
    public synchronized Result backupNow() throws BackupException {
        long writes = db.writeCount();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        BackupArchive.Summary summary = writeVerified(Backups.newFile(folder(), now));
        writesAtLastBackup = writes;
        List<Text> warnings = new ArrayList<>();
        rotate(folder(), warnings);
        copyToSecondFolder(summary.file(), warnings);
        warnings.forEach(w -> LOG.warn("backup {}: {}", summary.file(), w));
        return new Result(summary, List.copyOf(warnings));
    }

    /** A verified backup to a file the user chose; not rotated, not copied. */
    public synchronized Result backupTo(Path file) throws BackupException {
        return new Result(writeVerified(file), List.of());
    }

    /** A full disk or a read-only folder is said in words the user can act on; other failures as they are. */
    private BackupArchive.Summary writeVerified(Path target) throws BackupException {
        if (db.server().isPresent()) {
            return exportVerified(target);
        }
        try {
            return Backups.writeVerified(db, target);
        } catch (BackupException e) {
            Optional<Text> storage = StorageProblems.describe(e, target);
            if (storage.isPresent()) {
                throw new BackupException(storage.get(), e);
            }
            throw e;
        }
    }

    /**
     * On the office server, where H2's BACKUP TO does not exist: the portable export (decision 0020), read
     * back and checked against the live counts taken just before or just after it, like an H2 backup.
     */
    private BackupArchive.Summary exportVerified(Path target) throws BackupException {
        try {
            BackupCounts before = db.counts();
            PortableExport.Manifest m = DatabaseMove.export(db, target, clock);
            BackupCounts after = db.counts();
            if (!m.counts().equals(before) && !m.counts().equals(after)) {
                Files.deleteIfExists(target);
                throw new BackupException(Text.of("backup.error.mismatch", target, Backups.describe(m.counts()),
                        Backups.describe(after)), null);
            }
            return new BackupArchive.Summary(target, m.takenAt(), Files.size(target), m.counts(), null);
        } catch (IOException | SQLException | RuntimeException e) {
            Optional<Text> storage = StorageProblems.describe(e, target);
            throw new BackupException(storage.orElseGet(() -> Text.of("backup.error.io", target, String.valueOf(e.getMessage()))), e);
        }
    }

    /**
     * A backup if none has been taken today and there is anything to keep; the window calls this on a
     * timer, so it runs at most once a day.
     */
    public synchronized Optional<Result> backupIfDue() throws BackupException {
        LocalDate today = LocalDate.now(clock);
        try {
            boolean takenToday = Backups.list(folder()).stream().anyMatch(p ->
                    Backups.takenAt(p.getFileName().toString()).map(t -> t.toLocalDate().equals(today)).orElse(false));
            if (takenToday || db.counts().isEmpty()) {
                return Optional.empty();
            }
        } catch (IOException | SQLException e) {
            throw new BackupException(Text.of("backup.error.io", folder(), String.valueOf(e.getMessage())), e);
        }
        return Optional.of(backupNow());
    }

    /** On exit: a backup if anything was written since the last one (or since the data was opened). */
    public synchronized Optional<Result> backupIfChanged() throws BackupException {
        return db.writeCount() == writesAtLastBackup ? Optional.empty() : Optional.of(backupNow());
    }

    /** A step that backs up, or not. */
    public interface Step {
        Optional<Result> run() throws BackupException;
    }

    /** What the app does by itself (on open, on exit) never stops it: a failure is logged, not thrown. */
    public void automatically(Step step) {
        try {
            step.run();
        } catch (BackupException | RuntimeException e) {
            LOG.error("automatic backup of {} failed: {}", dataDir, e.getMessage(), e);
        }
    }

    /** The automatic backups, newest first, each with its counts (or why it cannot be read). */
    public List<Listing> list() throws IOException {
        return listFolder(folder(), db.key());
    }

    /**
     * As {@link #list()} for a data folder that need not be open; encrypted backups are read with
     * {@code key} (one made under another password is listed as needing it).
     */
    public static List<Listing> listFolder(Path folder, DatabaseKey key) throws IOException {
        List<Listing> out = new ArrayList<>();
        for (Path p : Backups.list(folder)) {
            LocalDateTime at = Backups.takenAt(p.getFileName().toString()).orElseThrow();
            try {
                out.add(new Listing(p, at, Files.size(p), BackupArchive.read(p, key), null));
            } catch (NotABackupException e) {
                out.add(new Listing(p, at, Files.size(p), null, e.text()));
            } catch (PasswordException e) {
                out.add(new Listing(p, at, Files.size(p), null, Text.of("backup.reason.password")));
            }
        }
        return out;
    }

    /** What an unencrypted backup file holds, read without touching the live data. */
    public static BackupArchive.Summary preview(Path file) throws NotABackupException {
        return BackupArchive.read(file);
    }

    /** What a backup file holds, read with {@code key} if it is encrypted, without touching the live data. */
    public static BackupArchive.Summary preview(Path file, DatabaseKey key) throws NotABackupException, PasswordException {
        return BackupArchive.read(file, key);
    }

    private void rotate(Path folder, List<Text> warnings) {
        try {
            List<String> names = Backups.list(folder).stream().map(p -> p.getFileName().toString()).toList();
            for (String name : rotation.toDelete(names, LocalDate.now(clock))) {
                Files.deleteIfExists(folder.resolve(name));
            }
        } catch (IOException e) {
            warnings.add(Text.of("backup.warning.rotate", folder, String.valueOf(e.getMessage())));
        }
    }

    private void copyToSecondFolder(Path backup, List<Text> warnings) {
        String second = settings.get(Settings.BACKUP_SECOND, "").strip();
        if (second.isEmpty()) {
            return;
        }
        Path folder = Path.of(second);
        if (!Files.isDirectory(folder)) {
            warnings.add(Text.of("backup.warning.secondMissing", folder, backup));
            return;
        }
        Path target = folder.resolve(backup.getFileName());
        Path tmp = folder.resolve("." + backup.getFileName() + ".tmp");
        try {
            Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            rotate(folder, warnings);
        } catch (IOException e) {
            warnings.add(Text.of("backup.warning.secondFailed", folder,
                    StorageProblems.reason(e).map(Object.class::cast).orElse(String.valueOf(e.getMessage()))));
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the stick may be gone
            }
        }
    }
}
