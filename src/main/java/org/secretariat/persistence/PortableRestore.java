package org.secretariat.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;

/**
 * Puts a {@link PortableExport} into an empty database of either engine at the same schema version
 * (Flyway has run there): the rows Flyway seeded are replaced, every table's rows go in parents first,
 * the counts are checked against the export's, all in one transaction — a failure leaves the target as
 * it was. Before the rows, each identity column is moved past the largest id the export holds (H2
 * {@code ALTER TABLE … RESTART WITH}, PostgreSQL {@code setval}), and each sequence {@code T_seq} of V13
 * to 50 above table T's largest id, as V13 itself sets it; those steps are not transactional on either
 * engine, and harmless on an empty database.
 */
public final class PortableRestore {

    private static final int BATCH = 500;

    private PortableRestore() {
    }

    /** Told how many rows of how many have been written. */
    public interface RowProgress {
        void rows(long done, long total);
    }

    /**
     * Restores {@code zip} into the database {@code c} is connected to.
     *
     * @param progress told the number of rows written so far
     * @return the export's manifest
     * @throws TargetNotEmptyException if the target holds a unit, person, meeting, certificate or audit entry
     * @throws IOException             if the file is not a readable export of this schema version
     */
    public static PortableExport.Manifest restore(Path zip, Connection c, RowProgress progress)
            throws IOException, SQLException, TargetNotEmptyException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            PortableExport.Manifest m = PortableExport.read(zip);
            int version = schemaVersion(c);
            if (m.schemaVersion() != version) {
                throw new IOException("the export is of schema version " + m.schemaVersion() + ", the database of " + version);
            }
            BackupCounts there = BackupCounts.of(c);
            if (!there.equals(new BackupCounts(0, 0, 0, 0, 0))) {
                throw new TargetNotEmptyException(there);
            }
            Map<String, PortableTables.Table> tables = PortableTables.read(c);
            if (!tables.keySet().equals(m.rows().keySet())) {
                throw new IOException("the export's tables " + m.rows().keySet() + " are not the database's " + tables.keySet());
            }
            moveIdentities(c, file, tables);
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                List<PortableTables.Table> order = new ArrayList<>(tables.values());
                try (Statement s = c.createStatement()) {
                    for (int i = order.size() - 1; i >= 0; i--) {
                        s.executeUpdate("DELETE FROM " + PortableTables.quote(order.get(i).name()));
                    }
                }
                long[] written = {0};
                long total = m.rows().values().stream().mapToLong(Long::longValue).sum();
                for (PortableTables.Table t : order) {
                    long n = insert(c, file, t, () -> {
                        if (++written[0] % BATCH == 0 || written[0] == total) {
                            progress.rows(written[0], total);
                        }
                    });
                    if (n != m.rows().get(t.key())) {
                        throw new IOException("table " + t.key() + ": " + n + " rows written, the export holds " + m.rows().get(t.key()));
                    }
                }
                BackupCounts now = BackupCounts.of(c);
                if (!now.equals(m.counts())) {
                    throw new IOException("after the restore the counts are " + now + ", the export's " + m.counts());
                }
                c.commit();
                return m;
            } catch (IOException | SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /** {@link #restore(Path, Connection, RowProgress)} on a connection of {@code db}. */
    public static PortableExport.Manifest restore(Path zip, Database db, RowProgress progress)
            throws IOException, SQLException, TargetNotEmptyException {
        try (Connection c = db.connect()) {
            return restore(zip, c, progress);
        }
    }

    private static long insert(Connection c, ZipFile file, PortableTables.Table t, Runnable row)
            throws IOException, SQLException {
        try (BufferedReader r = PortableExport.table(file, t.key())) {
            String headerLine = r.readLine();
            if (headerLine == null) {
                throw new IOException("table " + t.key() + " has no header");
            }
            List<PortableTables.Column> columns = new ArrayList<>();
            List<PortableValues> kinds = new ArrayList<>();
            for (String h : PortableValues.split(headerLine)) {
                int colon = h.lastIndexOf(':');
                PortableTables.Column col = t.column(h.substring(0, colon));
                if (col == null) {
                    throw new IOException("table " + t.key() + " has no column " + h.substring(0, colon));
                }
                columns.add(col);
                kinds.add(PortableValues.valueOf(h.substring(colon + 1).toUpperCase(Locale.ROOT)));
            }
            String sql = "INSERT INTO " + PortableTables.quote(t.name()) + " ("
                    + columns.stream().map(col -> PortableTables.quote(col.name())).collect(Collectors.joining(", "))
                    + ") VALUES (" + columns.stream().map(col -> "?").collect(Collectors.joining(", ")) + ")";
            long n = 0;
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (String line; (line = r.readLine()) != null; ) {
                    List<String> fields = PortableValues.split(line);
                    if (fields.size() != columns.size()) {
                        throw new IOException("table " + t.key() + ", row " + (n + 1) + ": " + fields.size()
                                + " values for " + columns.size() + " columns");
                    }
                    for (int i = 0; i < fields.size(); i++) {
                        kinds.get(i).bind(p, i + 1, fields.get(i), columns.get(i).sqlType());
                    }
                    p.addBatch();
                    row.run();
                    if (++n % BATCH == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            return n;
        }
    }

    /** Identity columns past the export's largest value; V13's sequences 50 above their table's largest id. */
    private static void moveIdentities(Connection c, ZipFile file, Map<String, PortableTables.Table> tables)
            throws IOException, SQLException {
        boolean postgresql = PortableTables.isPostgresql(c);
        Map<String, Long> maxId = new HashMap<>();
        try (Statement s = c.createStatement()) {
            for (PortableTables.Table t : tables.values()) {
                Map<String, Long> max = maxima(file, t);
                if (max.containsKey("id")) {
                    maxId.put(t.key(), max.get("id"));
                }
                for (PortableTables.Column col : t.columns()) {
                    Long m = max.get(col.key());
                    if (!col.identity() || m == null) {
                        continue;
                    }
                    if (postgresql) {
                        String table = PortableTables.quote(t.name()).replace("'", "''");
                        s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', '" + col.name().replace("'", "''")
                                + "'), " + m + ", true)");
                    } else {
                        s.execute("ALTER TABLE " + PortableTables.quote(t.name()) + " ALTER COLUMN "
                                + PortableTables.quote(col.name()) + " RESTART WITH " + (m + 1));
                    }
                }
            }
            for (String seq : PortableTables.sequences(c)) {
                String lower = seq.toLowerCase(Locale.ROOT);
                if (!lower.endsWith("_seq") || !maxId.containsKey(lower.substring(0, lower.length() - 4))) {
                    continue; // an identity column's own sequence (PostgreSQL's T_id_seq), moved above
                }
                long next = maxId.get(lower.substring(0, lower.length() - 4)) + 50;
                if (postgresql) {
                    s.execute("SELECT setval('" + PortableTables.quote(seq).replace("'", "''") + "', " + next + ", false)");
                } else {
                    s.execute("ALTER SEQUENCE " + PortableTables.quote(seq) + " RESTART WITH " + next);
                }
            }
        }
    }

    /** The largest value of each whole-number column of a table file. */
    private static Map<String, Long> maxima(ZipFile file, PortableTables.Table t) throws IOException {
        Map<String, Long> max = new HashMap<>();
        try (BufferedReader r = PortableExport.table(file, t.key())) {
            String header = r.readLine();
            if (header == null) {
                return max;
            }
            List<String> names = new ArrayList<>();
            List<Integer> ints = new ArrayList<>();
            List<String> h = PortableValues.split(header);
            for (int i = 0; i < h.size(); i++) {
                if (h.get(i).endsWith(":int")) {
                    ints.add(i);
                    names.add(h.get(i).substring(0, h.get(i).length() - 4));
                }
            }
            for (String line; (line = r.readLine()) != null; ) {
                List<String> f = PortableValues.split(line);
                for (int k = 0; k < ints.size(); k++) {
                    String v = ints.get(k) < f.size() ? f.get(ints.get(k)) : PortableValues.NULL;
                    if (!PortableValues.NULL.equals(v)) {
                        try {
                            max.merge(names.get(k), Long.parseLong(v), Math::max);
                        } catch (NumberFormatException e) {
                            // a damaged value: the insert below fails on it and rolls back
                        }
                    }
                }
            }
        }
        return max;
    }

    private static int schemaVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select max(cast(\"version\" as int)) from \"flyway_schema_history\" where \"success\" and \"version\" is not null")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }
}
