package org.secretariat.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The schema version this application writes, and whether a database already has it: one query on
 * Flyway's history table, so an up-to-date data folder opens without loading Flyway at all (issue
 * 18). Anything else — a new folder, an older schema, a failed migration, a newer one — goes to
 * Flyway, which migrates, validates or refuses as before. The query is the same on H2 and PostgreSQL
 * (Flyway's table and columns are lower case on both).
 */
public final class SchemaVersion {

    /** The highest migration in {@code db/migration/*}; {@code SchemaVersionTest} keeps it true. */
    public static final int CURRENT = 16;
    /** The engines' folders beside {@code db/migration/common}: scripts whose SQL differs (decision 0017). */
    public static final String H2 = "h2";
    public static final String POSTGRESQL = "postgresql";

    /**
     * Where Flyway finds an engine's migrations: the portable scripts, unchanged since they were written
     * (H2 data folders hold their checksums), and the engine's own variants of the others.
     */
    public static String[] locations(String engine) {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + engine};
    }

    private SchemaVersion() {
    }

    /** Whether the database's history ends at {@link #CURRENT} with every migration successful. */
    public static boolean isCurrent(DataSource source) {
        try (Connection c = source.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select max(cast(\"version\" as int)), min(case when \"success\" then 1 else 0 end) "
                     + "from \"flyway_schema_history\" where \"version\" is not null")) {
            return r.next() && r.getInt(1) == CURRENT && r.getInt(2) == 1;
        } catch (SQLException e) {
            return false; // no history table yet (a new folder): Flyway creates it
        }
    }
}
