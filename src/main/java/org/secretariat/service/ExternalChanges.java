package org.secretariat.service;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.secretariat.persistence.Database;

/**
 * Changes written by someone else: another PC on the office server, or a command working through
 * the window's database. Every write appends to the audit trail, so what was written since the last
 * look is the trail's entries after the last sequence number seen, less the ones this process
 * appended. Read with plain JDBC (one indexed query when nothing changed), portable to both engines.
 */
public final class ExternalChanges {

    /** At most this many entries are read per look; the sequence still moves to the newest. */
    static final int MAX_READ = 2000;

    /** What others changed: the kinds of record (audit entity types), who, and when last. */
    public record Change(Set<String> entityTypes, Set<String> actors, LocalDateTime lastAt, int entries) {
        public boolean touches(String entityType) {
            return entityTypes.contains(entityType);
        }
    }

    private final Database db;
    private final AuditTrail audit;
    private long seen;

    /** Starts from the trail's end now: what was written before is already on the screens. */
    public ExternalChanges(Database db, AuditTrail audit) {
        this.db = db;
        this.audit = audit;
        audit.rememberOwn();
        this.seen = db.withConnection(ExternalChanges::newest);
    }

    /** The trail's last sequence number (0 for an empty trail). */
    private static long newest(java.sql.Connection c) throws java.sql.SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT MAX(seq) FROM audit_entry")) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }

    /** What others wrote since the last call; empty if nothing, or only this process's own writes. */
    public synchronized Optional<Change> poll() {
        Set<String> types = new LinkedHashSet<>();
        Set<String> actors = new LinkedHashSet<>();
        LocalDateTime[] last = new LocalDateTime[1];
        int[] count = new int[1];
        long newest = db.withConnection(c -> {
            long max = seen;
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT seq, hash, entity_type, actor, at FROM audit_entry WHERE seq > ? ORDER BY seq")) {
                st.setLong(1, seen);
                st.setMaxRows(MAX_READ);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        max = rs.getLong(1);
                        if (audit.takeOwn(rs.getString(2))) {
                            continue;
                        }
                        types.add(rs.getString(3));
                        actors.add(rs.getString(4));
                        last[0] = rs.getObject(5, LocalDateTime.class);
                        count[0]++;
                    }
                }
            }
            // more than one look's worth: skip to the end, it is all "changed"
            return max - seen >= MAX_READ ? Math.max(max, newest(c)) : max;
        });
        seen = newest;
        return count[0] == 0 ? Optional.empty()
                : Optional.of(new Change(java.util.Collections.unmodifiableSet(types),
                java.util.Collections.unmodifiableSet(actors), last[0], count[0]));
    }
}
