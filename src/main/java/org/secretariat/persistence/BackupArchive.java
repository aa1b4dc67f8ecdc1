package org.secretariat.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.h2.jdbcx.JdbcDataSource;
import org.secretariat.i18n.Text;

/**
 * A backup file: a zip holding the H2 database file {@code secretariat.mv.db}, as H2's
 * {@code BACKUP TO} writes it. Reading one unpacks the database into a temporary folder and opens it
 * read-only with plain JDBC, so the live data is never touched.
 */
public final class BackupArchive {

    /** The one entry a backup holds. */
    public static final String ENTRY = Database.FILE_NAME + ".mv.db";
    /** An entry that unpacks to more than this is refused rather than filling the disk. */
    static final long MAX_BYTES = 16L << 30;

    /** What a backup holds: when it was taken, its size, its counts and the time of its last audited change. */
    public record Summary(Path file, LocalDateTime takenAt, long size, BackupCounts counts, LocalDateTime lastChange) {
    }

    private BackupArchive() {
    }

    /**
     * Reads a backup's summary.
     *
     * @throws NotABackupException if the file is not a zip, holds no Secretariat database, or it does not open
     */
    public static Summary read(Path zip) throws NotABackupException {
        try {
            return read(zip, DatabaseKey.NONE);
        } catch (PasswordException e) {
            throw new NotABackupException(Text.of("backup.error.notBackup", zip, Text.of("backup.reason.password")), e);
        }
    }

    /**
     * Reads a backup's summary, opening an encrypted one with {@code key}.
     *
     * @throws PasswordException if the backup is encrypted and the key is missing or not its key
     */
    public static Summary read(Path zip, DatabaseKey key) throws NotABackupException, PasswordException {
        if (!Files.exists(zip)) {
            throw new NotABackupException(Text.of("backup.error.missing", zip), null);
        }
        if (PortableExport.isExport(zip)) { // a server's automatic backup (decision 0020)
            try {
                PortableExport.Manifest m = PortableExport.read(zip);
                return new Summary(zip, Backups.takenAt(zip.getFileName().toString()).orElse(m.takenAt()), Files.size(zip),
                        m.counts(), null);
            } catch (IOException e) {
                throw new NotABackupException(Text.of("backup.error.notBackup", zip,
                        Text.of("backup.reason.io", String.valueOf(e.getMessage()))), e);
            }
        }
        return withDatabase(zip, key, (c, entryTime) -> {
            BackupCounts counts = BackupCounts.of(c);
            LocalDateTime takenAt = Backups.takenAt(zip.getFileName().toString()).orElse(entryTime);
            return new Summary(zip, takenAt, Files.size(zip), counts, lastChange(c));
        });
    }

    /** The last entry of an audit trail: its number and hash. */
    public record AuditEnd(long seq, String hash) {
    }

    /**
     * The last audit entry a backup holds (empty for a server's portable export, or a backup with no
     * entry): what {@code audit verify} checks the live trail against, so entries removed from its end
     * (which leave the chain itself intact) are found.
     */
    public static Optional<AuditEnd> auditEnd(Path zip, DatabaseKey key) throws NotABackupException, PasswordException {
        if (!Files.exists(zip) || PortableExport.isExport(zip)) {
            return Optional.empty();
        }
        return withDatabase(zip, key, (c, entryTime) -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT seq, hash FROM audit_entry WHERE seq = (SELECT MAX(seq) FROM audit_entry)")) {
                return r.next() ? Optional.of(new AuditEnd(r.getLong(1), r.getString(2))) : Optional.<AuditEnd>empty();
            }
        });
    }

    private interface OnDatabase<T> {
        T read(Connection c, LocalDateTime entryTime) throws SQLException, IOException;
    }

    /** Unpacks the backup's database into a temporary folder, opens it read-only and hands it to {@code work}. */
    private static <T> T withDatabase(Path zip, DatabaseKey key, OnDatabase<T> work) throws NotABackupException, PasswordException {
        Path tmp = null;
        try {
            tmp = Files.createTempDirectory("secretariat-backup-");
            Path file = tmp.resolve(ENTRY);
            LocalDateTime entryTime = extract(zip, file);
            boolean encrypted = DatabaseKey.isEncrypted(file);
            if (encrypted && !key.isSet()) {
                throw new PasswordException(zip, true);
            }
            DatabaseKey used = encrypted ? key : DatabaseKey.NONE;
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:file:" + tmp.resolve(Database.FILE_NAME) + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE"
                    + used.urlOptions());
            ds.setUser("sa");
            ds.setPassword(used.jdbcPassword());
            try (Connection c = ds.getConnection()) {
                return work.read(c, entryTime);
            }
        } catch (SQLException e) {
            if (Database.hasCode(e, 90049)) {
                throw new PasswordException(zip, false);
            }
            throw new NotABackupException(Text.of("backup.error.notBackup", zip, Database.hasCode(e, 90030)
                    ? Text.of("backup.reason.corrupt") // H2's "File corrupted while reading record", in English
                    : Text.of("backup.reason.unreadable", firstLine(e.getMessage()))), e);
        } catch (IOException e) {
            throw new NotABackupException(Text.of("backup.error.notBackup", zip,
                    Text.of("backup.reason.io", String.valueOf(e.getMessage()))), e);
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * Unpacks the database file of a backup to {@code target} (through a temporary file beside it).
     *
     * @return the time stored with the entry, or the zip's modification time
     */
    public static LocalDateTime extract(Path zip, Path target) throws NotABackupException, IOException {
        ZipFile file;
        try {
            file = new ZipFile(zip.toFile());
        } catch (ZipException e) {
            throw new NotABackupException(Text.of("backup.error.notBackup", zip, Text.of("backup.reason.notZip")), e);
        }
        try (file) {
            ZipEntry entry = file.getEntry(ENTRY);
            if (entry == null || entry.isDirectory()) {
                throw new NotABackupException(Text.of("backup.error.notBackup", zip,
                        Text.of("backup.reason.noDatabase", ENTRY)), null);
            }
            Path tmp = target.resolveSibling(target.getFileName() + ".unpacking");
            try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(tmp)) {
                copyAtMost(in, out, MAX_BYTES);
            } catch (IOException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            return entry.getTime() > 0 ? entry.getTimeLocal()
                    : LocalDateTime.ofInstant(Files.getLastModifiedTime(zip).toInstant(), ZoneId.systemDefault());
        }
    }

    /** Zips a closed database file as a backup (used before a restore, when the data cannot be open). */
    public static void zipDatabaseFile(Path mvDb, Path zip) throws IOException {
        Path tmp = zip.resolveSibling(zip.getFileName() + ".tmp");
        try (OutputStream raw = Files.newOutputStream(tmp); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.putNextEntry(new ZipEntry(ENTRY));
            Files.copy(mvDb, out);
            out.closeEntry();
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, zip, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copyAtMost(InputStream in, OutputStream out, long limit) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
            if (total > limit) {
                throw new IOException("the database in the backup is larger than " + (limit >> 30) + " GB");
            }
            out.write(buf, 0, n);
        }
    }

    private static LocalDateTime lastChange(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(at) FROM audit_entry")) {
            r.next();
            Timestamp t = r.getTimestamp(1);
            return t == null ? null : t.toLocalDateTime();
        }
    }

    private static String firstLine(String message) {
        String m = String.valueOf(message);
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is cleaned by the OS
        }
    }
}
