package org.secretariat.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How many records a database (live or in a backup) holds, counted with plain SQL so a backup can
 * be checked without Hibernate: member units, people, meetings, certificates and audit entries.
 */
public record BackupCounts(long units, long people, long meetings, long certificates, long auditEntries) {

    private static final String QUERY = "SELECT (SELECT COUNT(*) FROM member_unit), (SELECT COUNT(*) FROM person),"
            + " (SELECT COUNT(*) FROM meeting), (SELECT COUNT(*) FROM certificate), (SELECT COUNT(*) FROM audit_entry)";

    /** Counts the tables over a JDBC connection; fails if a table is missing (not a Secretariat database). */
    static BackupCounts of(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(QUERY)) {
            r.next();
            return new BackupCounts(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5));
        }
    }

    /** Nothing has ever been written: no unit and no audit entry (even setting up leaves one). */
    public boolean isEmpty() {
        return units == 0 && auditEntries == 0;
    }
}
