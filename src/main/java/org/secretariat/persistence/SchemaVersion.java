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
 * Flyway, which migrates, validates or refuses as before.
 */
public final class SchemaVersion {

    /** The highest migration in {@code db/migration}; {@code SchemaVersionTest} keeps it true. */
    public static final int CURRENT = 13;

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
