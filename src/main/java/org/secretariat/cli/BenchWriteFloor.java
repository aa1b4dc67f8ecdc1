package org.secretariat.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.secretariat.service.AppContext;

/**
 * What the database itself needs to store an import: the rows an import wrote (its units, their
 * people, its audit entries) written again into a fresh, set-up folder by bare JDBC batches in one
 * transaction — no entities, no checks, no hashing. The bench sets the import's commit beside it.
 */
final class BenchWriteFloor {

    /** One table's added rows: its columns and their values. */
    record Rows(String table, List<String> columns, List<Object[]> values) {
    }

    private static final int BATCH = 500;

    private BenchWriteFloor() {
    }

    /** The units and people in {@code imported}, and its audit entries numbered above {@code auditAfter}. */
    static List<Rows> added(AppContext imported, long auditAfter) {
        return imported.database().withConnection(c -> List.of(
                read(c, "member_unit", "select * from member_unit order by id"),
                read(c, "person", "select * from person order by id"),
                read(c, "audit_entry", "select * from audit_entry where seq > " + auditAfter + " order by seq")));
    }

    /** The highest audit entry number in {@code ctx} (a fresh folder's set-up writes some). */
    static long lastAudit(AppContext ctx) {
        return ctx.database().withConnection(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select coalesce(max(seq), 0) from audit_entry")) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** Writes {@code rows} into {@code ctx} in one transaction; nanoseconds from the first insert to the commit's end. */
    static long write(AppContext ctx, List<Rows> rows) {
        return ctx.database().withConnection(c -> {
            c.setAutoCommit(false);
            try {
                long t = System.nanoTime();
                for (Rows table : rows) {
                    insert(c, table);
                }
                c.commit();
                return System.nanoTime() - t;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }

    private static void insert(Connection c, Rows rows) throws SQLException {
        String sql = "insert into " + rows.table() + " (" + String.join(", ", rows.columns()) + ") values ("
                + "?, ".repeat(rows.columns().size() - 1) + "?)";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int n = 0;
            for (Object[] row : rows.values()) {
                for (int i = 0; i < row.length; i++) {
                    p.setObject(i + 1, row[i]);
                }
                p.addBatch();
                if (++n % BATCH == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }

    private static Rows read(Connection c, String table, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData m = r.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= m.getColumnCount(); i++) {
                columns.add(m.getColumnName(i));
            }
            List<Object[]> values = new ArrayList<>();
            while (r.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.getObject(i + 1);
                }
                values.add(row);
            }
            return new Rows(table, columns, values);
        }
    }
}
