package org.secretariat.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The app's own portable export (issue 17, decision 0020): one zip holding every table of the schema
 * (Flyway's history excluded) as {@code tables/NAME.tsv} — a header of {@code column:kind} and a line per
 * row, see {@link PortableValues} — and {@code manifest.properties} with the format, the schema version,
 * the app version, the engine it came from, the tables in dependency order with their row counts, and the
 * counts the backups are checked by. Written with plain JDBC in one read-only repeatable-read
 * transaction, so it is one consistent snapshot on H2 and PostgreSQL alike; restorable into either
 * ({@link PortableRestore}).
 */
public final class PortableExport {

    public static final String MANIFEST = "manifest.properties";
    static final String FORMAT = "secretariat-portable-1";
    static final String TABLES = "tables/";

    /** What an export holds, read from its manifest. */
    public record Manifest(int schemaVersion, String appVersion, String engine, LocalDateTime takenAt,
                           BackupCounts counts, Map<String, Long> rows) {
    }

    private PortableExport() {
    }

    /** Exports the open database to {@code target} (through a temporary file beside it). */
    public static Manifest write(Database db, Path target, LocalDateTime takenAt) throws IOException, SQLException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + ".tmp");
        try {
            Manifest m;
            try (OutputStream raw = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(raw)) {
                m = db.withConnection(c -> write(c, zip, takenAt));
            }
            Manifest check = read(tmp);
            if (!check.rows().equals(m.rows()) || !check.counts().equals(m.counts())) {
                throw new IOException("the export " + target + " does not read back as written");
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return m;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes every table and the manifest into {@code zip} from one snapshot of {@code c}. */
    static Manifest write(Connection c, ZipOutputStream zip, LocalDateTime takenAt) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        int isolation = c.getTransactionIsolation();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
            Map<String, PortableTables.Table> tables = PortableTables.read(c);
            Map<String, Long> rows = new LinkedHashMap<>();
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            for (PortableTables.Table t : tables.values()) {
                zip.putNextEntry(new ZipEntry(TABLES + t.key() + ".tsv"));
                rows.put(t.key(), writeTable(c, t, w));
                w.flush();
                zip.closeEntry();
            }
            BackupCounts counts = BackupCounts.of(c);
            Manifest m = new Manifest(schemaVersion(c), appVersion(),
                    PortableTables.isPostgresql(c) ? SchemaVersion.POSTGRESQL : SchemaVersion.H2, takenAt, counts, rows);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            toProperties(m).store(w, "Secretariat portable export");
            w.flush();
            zip.closeEntry();
            c.commit();
            return m;
        } catch (IOException e) {
            c.rollback();
            throw new SQLException("the export could not be written: " + e.getMessage(), e);
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setTransactionIsolation(isolation);
            c.setAutoCommit(autoCommit);
        }
    }

    private static long writeTable(Connection c, PortableTables.Table t, Writer w) throws SQLException, IOException {
        List<PortableValues> kinds = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (PortableTables.Column col : t.columns()) {
            PortableValues kind = PortableValues.of(col.sqlType());
            kinds.add(kind);
            header.add(col.key() + ":" + kind.name().toLowerCase(java.util.Locale.ROOT));
        }
        w.write(String.join("\t", header));
        w.write('\n');
        String columns = t.columns().stream().map(col -> PortableTables.quote(col.name())).collect(Collectors.joining(", "));
        List<String> order = t.primaryKey().isEmpty() ? t.columns().stream().map(PortableTables.Column::name).toList()
                : t.primaryKey();
        String sql = "SELECT " + columns + " FROM " + PortableTables.quote(t.name()) + " ORDER BY "
                + order.stream().map(PortableTables::quote).collect(Collectors.joining(", "));
        long n = 0;
        try (Statement s = c.createStatement()) {
            s.setFetchSize(500);
            try (ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    for (int i = 0; i < kinds.size(); i++) {
                        if (i > 0) {
                            w.write('\t');
                        }
                        w.write(kinds.get(i).read(r, i + 1));
                    }
                    w.write('\n');
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * Reads an export's manifest and checks that each table file holds the rows it says.
     *
     * @throws IOException if the file is not a zip, has no manifest, or a table is short or long
     */
    public static Manifest read(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Manifest m = manifest(file);
            for (Map.Entry<String, Long> e : m.rows().entrySet()) {
                long lines = 0;
                try (BufferedReader r = table(file, e.getKey())) {
                    r.readLine();
                    while (r.readLine() != null) {
                        lines++;
                    }
                }
                if (lines != e.getValue()) {
                    throw new IOException("table " + e.getKey() + " holds " + lines + " rows, the manifest says " + e.getValue());
                }
            }
            return m;
        }
    }

    /** Whether a zip is a portable export (it holds a manifest) rather than an H2 backup. */
    public static boolean isExport(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.getEntry(MANIFEST) != null;
        } catch (IOException e) {
            return false;
        }
    }

    static Manifest manifest(ZipFile file) throws IOException {
        ZipEntry entry = file.getEntry(MANIFEST);
        if (entry == null) {
            throw new IOException("no " + MANIFEST + ": not a portable export");
        }
        Properties p = new Properties();
        try (InputStream in = file.getInputStream(entry)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw new IOException("not a portable export of this app: format " + p.getProperty("format"));
        }
        try {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String t : p.getProperty("tables", "").split(",")) {
                if (!t.isBlank()) {
                    rows.put(t, Long.parseLong(p.getProperty("rows." + t)));
                }
            }
            String[] c = p.getProperty("counts").split(",");
            BackupCounts counts = new BackupCounts(Long.parseLong(c[0]), Long.parseLong(c[1]), Long.parseLong(c[2]),
                    Long.parseLong(c[3]), Long.parseLong(c[4]));
            return new Manifest(Integer.parseInt(p.getProperty("schemaVersion")), p.getProperty("appVersion", ""),
                    p.getProperty("engine", ""), LocalDateTime.parse(p.getProperty("takenAt")), counts, rows);
        } catch (RuntimeException e) {
            throw new IOException("the manifest is damaged: " + e.getMessage(), e);
        }
    }

    static BufferedReader table(ZipFile file, String table) throws IOException {
        ZipEntry entry = file.getEntry(TABLES + table + ".tsv");
        if (entry == null) {
            throw new IOException("the export has no file for table " + table);
        }
        return new BufferedReader(new InputStreamReader(file.getInputStream(entry), StandardCharsets.UTF_8));
    }

    private static Properties toProperties(Manifest m) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("schemaVersion", String.valueOf(m.schemaVersion()));
        p.setProperty("appVersion", m.appVersion());
        p.setProperty("engine", m.engine());
        p.setProperty("takenAt", m.takenAt().toString());
        BackupCounts c = m.counts();
        p.setProperty("counts", c.units() + "," + c.people() + "," + c.meetings() + "," + c.certificates() + "," + c.auditEntries());
        p.setProperty("tables", String.join(",", m.rows().keySet()));
        m.rows().forEach((t, n) -> p.setProperty("rows." + t, String.valueOf(n)));
        return p;
    }

    private static int schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select max(cast(\"version\" as int)) from \"flyway_schema_history\" where \"success\" and \"version\" is not null")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /** The app's version as Maven wrote it into {@code version.properties}, else the jar's, else "dev". */
    static String appVersion() {
        try (InputStream in = PortableExport.class.getResourceAsStream("/org/secretariat/version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "").strip();
                if (!v.isEmpty() && !v.startsWith("${")) {
                    return v;
                }
            }
        } catch (IOException ignored) {
            // fall through to the jar's manifest
        }
        String v = PortableExport.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
