package org.secretariat.persistence;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.secretariat.domain.AuditEntry;

/** The append-only audit trail. There is no update and no delete. */
public final class AuditRepository {

    public Optional<AuditEntry> last(Session s) {
        return s.createSelectionQuery("from AuditEntry a order by a.seq desc", AuditEntry.class)
                .setMaxResults(1).uniqueResultOptional();
    }

    public void append(Session s, AuditEntry entry) {
        s.persist(entry);
    }

    public List<AuditEntry> forEntity(Session s, String entityType, long entityId) {
        return s.createSelectionQuery(
                        "from AuditEntry a where a.entityType = :t and a.entityId = :id order by a.seq desc", AuditEntry.class)
                .setParameter("t", entityType).setParameter("id", entityId).getResultList();
    }

    /** The newest entry for a record known by its label rather than a number (a certificate kind's template). */
    public java.util.Optional<AuditEntry> latestForLabel(Session s, String entityType, String label) {
        return s.createSelectionQuery("from AuditEntry a where a.entityType = :t and a.entityLabel = :l order by a.seq desc",
                AuditEntry.class).setParameter("t", entityType).setParameter("l", label).setMaxResults(1).uniqueResultOptional();
    }

    public List<AuditEntry> all(Session s) {
        return s.createSelectionQuery("from AuditEntry a order by a.seq", AuditEntry.class).getResultList();
    }
}
