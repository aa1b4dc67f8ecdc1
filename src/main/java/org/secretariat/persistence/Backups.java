package org.secretariat.persistence;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.secretariat.i18n.Text;

/**
 * Backup files of a data folder: {@code <data>/backups/secretariat-YYYYMMDD-HHMMSS.zip} (a {@code -N}
 * suffix if two are taken in the same second), each written by H2 while the database is open and
 * verified before it is kept.
 */
public final class Backups {

    public static final String FOLDER = "backups";
    static final Pattern NAME = Pattern.compile("secretariat-(\\d{8})-(\\d{6})(?:-(\\d+))?\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private Backups() {
    }

    public static Path folder(Path dataDir) {
        return dataDir.resolve(FOLDER);
    }

    /** The time in an automatic backup's name, if the name is one. */
    public static Optional<LocalDateTime> takenAt(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(m.group(1) + "-" + m.group(2), STAMP));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A name for a backup taken at {@code at} that no file in {@code folder} has yet. */
    public static Path newFile(Path folder, LocalDateTime at) {
        String stamp = at.format(STAMP);
        Path file = folder.resolve("secretariat-" + stamp + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve("secretariat-" + stamp + "-" + n + ".zip");
        }
        return file;
    }

    /** The automatic backups in {@code folder}, newest first; empty if there is no such folder. */
    public static List<Path> list(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> takenAt(p.getFileName().toString()).isPresent() && Files.isRegularFile(p))
                    .sorted(Comparator.comparing((Path p) -> takenAt(p.getFileName().toString()).orElseThrow())
                            .thenComparing(p -> p.getFileName().toString().length())
                            .thenComparing(p -> p.getFileName().toString()).reversed())
                    .toList();
        }
    }

    /**
     * Writes a consistent copy of the open database to {@code target} and verifies it: the copy is
     * unpacked and opened read-only, and its counts must equal the live counts (taken just before or
     * just after the copy, so a change made meanwhile does not fail it). A copy that fails is deleted.
     */
    public static BackupArchive.Summary writeVerified(Database db, Path target) throws BackupException {
        return writeVerified(db, target, copy -> { });
    }

    /** A step run on the fresh copy before it is checked (tests use it to damage the copy). */
    interface AfterCopy {
        void accept(Path copy) throws IOException;
    }

    static BackupArchive.Summary writeVerified(Database db, Path target, AfterCopy afterCopy) throws BackupException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
        try {
            Files.createDirectories(dir);
            if (Files.exists(target) && !Files.isRegularFile(target)) {
                // a device or folder: moving the copy over it would replace /dev/full itself when run as root
                throw new FileSystemException(target.toString(), null, "not a regular file");
            }
            Files.deleteIfExists(tmp);
            BackupCounts before = db.counts();
            db.backupTo(tmp);
            BackupCounts after = db.counts();
            afterCopy.accept(tmp);
            BackupArchive.Summary copy;
            try {
                copy = BackupArchive.read(tmp, db.key());
            } catch (NotABackupException e) {
                throw new BackupException(Text.of("backup.error.verify", target, e.text()), e);
            } catch (PasswordException e) {
                throw new BackupException(Text.of("backup.error.verify", target, Text.of("backup.reason.password")), e);
            }
            if (!copy.counts().equals(before) && !copy.counts().equals(after)) {
                throw new BackupException(Text.of("backup.error.mismatch", target, describe(copy.counts()),
                        describe(after)), null);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LocalDateTime at = takenAt(target.getFileName().toString()).orElse(copy.takenAt());
            return new BackupArchive.Summary(target, at, Files.size(target), copy.counts(), copy.lastChange());
        } catch (IOException | SQLException | RuntimeException e) {
            throw new BackupException(Text.of("backup.error.io", target, String.valueOf(e.getMessage())), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a stray .tmp file is hidden and harmless
            }
        }
    }

    /** A file size as the backup lists show it: "812 B", "21.9 KB", "3.4 MB". */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    /** The counts as the user reads them. */
    public static Text describe(BackupCounts c) {
        return Text.of("backup.counts", c.units(), c.people(), c.meetings(), c.certificates(), c.auditEntries());
    }
}
