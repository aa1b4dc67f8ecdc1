package org.secretariat.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The tables of a Secretariat schema as the database's own metadata lists them (Flyway's history
 * excluded), on H2 or PostgreSQL alike: their columns, primary keys, identity columns, and an order in
 * which every table comes after the tables its foreign keys name. Names are kept as the engine spells
 * them (upper case on H2, lower case on PostgreSQL) and compared in lower case.
 */
final class PortableTables {

    static final String FLYWAY_HISTORY = "flyway_schema_history";

    /** One table: its name as the engine spells it, its columns in order, its key and identity columns. */
    record Table(String name, List<Column> columns, List<String> primaryKey, Set<String> references) {
        String key() {
            return name.toLowerCase(Locale.ROOT);
        }

        Column column(String lowerName) {
            return columns.stream().filter(c -> c.key().equals(lowerName)).findFirst().orElse(null);
        }
    }

    /** A column: its name as spelled, its JDBC type, and whether it is an identity column. */
    record Column(String name, int sqlType, boolean identity) {
        String key() {
            return name.toLowerCase(Locale.ROOT);
        }
    }

    private PortableTables() {
    }

    /** The tables, keyed by lower-case name, in dependency order (parents first). */
    static Map<String, Table> read(Connection c) throws SQLException {
        DatabaseMetaData md = c.getMetaData();
        String schema = c.getSchema();
        Map<String, Table> byName = new TreeMap<>();
        List<String> names = new ArrayList<>();
        try (ResultSet r = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (r.next()) {
                String name = r.getString("TABLE_NAME");
                if (!name.equalsIgnoreCase(FLYWAY_HISTORY)) {
                    names.add(name);
                }
            }
        }
        for (String name : names) {
            List<Column> columns = new ArrayList<>();
            try (ResultSet r = md.getColumns(null, schema, name, "%")) {
                while (r.next()) {
                    columns.add(new Column(r.getString("COLUMN_NAME"), r.getInt("DATA_TYPE"),
                            "YES".equals(r.getString("IS_AUTOINCREMENT"))));
                }
            }
            Map<Short, String> pk = new TreeMap<>();
            try (ResultSet r = md.getPrimaryKeys(null, schema, name)) {
                while (r.next()) {
                    pk.put(r.getShort("KEY_SEQ"), r.getString("COLUMN_NAME"));
                }
            }
            Set<String> refs = new LinkedHashSet<>();
            try (ResultSet r = md.getImportedKeys(null, schema, name)) {
                while (r.next()) {
                    String parent = r.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equalsIgnoreCase(name)) {
                        refs.add(parent);
                    }
                }
            }
            Table t = new Table(name, List.copyOf(columns), List.copyOf(pk.values()), refs);
            byName.put(t.key(), t);
        }
        Map<String, Table> ordered = new LinkedHashMap<>();
        for (String key : byName.keySet()) {
            visit(key, byName, ordered, new LinkedHashSet<>());
        }
        return ordered;
    }

    private static void visit(String key, Map<String, Table> all, Map<String, Table> done, Set<String> path) {
        if (done.containsKey(key) || !all.containsKey(key) || !path.add(key)) {
            return; // done, not a table of this schema, or a cycle (broken here: rows go in key order)
        }
        for (String parent : all.get(key).references()) {
            visit(parent, all, done, path);
        }
        done.put(key, all.get(key));
    }

    /** The sequences of the schema, as the engine spells them. */
    static List<String> sequences(Connection c) throws SQLException {
        List<String> found = new ArrayList<>();
        // H2's metadata does not list sequences among the tables; the information schema has them on both
        try (var p = c.prepareStatement("select sequence_name from information_schema.sequences where sequence_schema = ?")) {
            p.setString(1, c.getSchema());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
        }
        return found;
    }

    /** An identifier quoted as the engine spells it. */
    static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    static boolean isPostgresql(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }
}
