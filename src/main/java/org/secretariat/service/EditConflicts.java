package org.secretariat.service;

import java.util.function.Supplier;
import org.hibernate.Session;
import org.hibernate.StaleStateException;
import org.secretariat.domain.AuditAction;
import org.secretariat.domain.AuditEntry;
import org.secretariat.persistence.Database;

/**
 * Where a save meets another PC's newer save (decision 0018). A form carries the version it loaded;
 * the service loads the record afresh in its own session, so Hibernate's own check would compare the
 * fresh version with itself: {@link #refuseIfChanged} compares the form's instead. A change that
 * slips in between the read and the commit is caught by Hibernate at flush; {@link #guard} turns
 * that into the same {@link EditConflict}. A record deleted elsewhere is refused with
 * {@link RecordDeleted} ({@link #found}, decision 0022).
 */
public final class EditConflicts {

    private final Database db;
    private final AuditTrail audit;

    public EditConflicts(Database db, AuditTrail audit) {
        this.db = db;
        this.audit = audit;
    }

    /**
     * Throws {@link EditConflict} when the record's stored version is not the one the form loaded.
     * A null {@code loaded} (an import, a command that reads and writes in one go) is not checked.
     */
    public void refuseIfChanged(Session s, String entityType, Long entityId, Long loaded, long stored) {
        if (loaded != null && loaded != stored) {
            throw conflict(s, entityType, entityId, null);
        }
    }

    /**
     * As {@link #refuseIfChanged(Session, String, Long, Long, long)} for a record the audit trail
     * knows by its label, not a number (a certificate kind's template, by the kind's id).
     */
    public void refuseIfChangedByLabel(Session s, String entityType, String label, Long loaded, long stored) {
        if (loaded != null && loaded != stored) {
            AuditEntry last = audit.latestForLabel(s, entityType, label).orElse(null);
            throw new EditConflict(entityType, null, last == null ? null : last.getActor(),
                    last == null ? null : last.getAt(), null);
        }
    }

    /**
     * The record by its id, or {@link RecordDeleted} naming who deleted it when it is no longer
     * there (another PC deleted it after this screen loaded it).
     */
    public <T> T found(Session s, Class<T> type, String entityType, Object id, Long auditId) {
        T found = s.find(type, id);
        if (found == null) {
            throw deleted(s, entityType, auditId);
        }
        return found;
    }

    /** The refusal of a save on a record that is gone: who deleted it and when, if the trail says. */
    public RecordDeleted deleted(Session s, String entityType, Long entityId) {
        AuditEntry last = entityId == null ? null : audit.history(s, entityType, entityId).stream().findFirst()
                .filter(e -> AuditAction.DELETE.name().equals(e.getAction())).orElse(null);
        return new RecordDeleted(entityType, entityId, last == null ? null : last.getActor(), last == null ? null : last.getAt());
    }

    /** Runs a save, turning Hibernate's optimistic-lock failure at flush into {@link EditConflict}. */
    public <R> R guard(String entityType, Long entityId, Supplier<R> save) {
        try {
            return save.get();
        } catch (RuntimeException e) {
            if (!isStale(e)) {
                throw e;
            }
            throw db.fromTransaction(s -> refusal(s, entityType, entityId, e));
        }
    }

    /** As {@link #guard(String, Long, Supplier)} for a save that returns nothing. */
    public void guard(String entityType, Long entityId, Runnable save) {
        guard(entityType, entityId, () -> {
            save.run();
            return null;
        });
    }

    /**
     * As {@link #guard(String, Long, Runnable)} for a save that may insert the record (a report
     * section, a certificate template): another PC inserting the same one while this save was under
     * way breaks its unique key at commit (SQL state 23505 on H2 and PostgreSQL), which is the same
     * conflict as a newer version.
     */
    public void guardInsert(String entityType, Long entityId, Runnable save) {
        try {
            guard(entityType, entityId, save);
        } catch (RuntimeException e) {
            if (!isDuplicate(e)) {
                throw e;
            }
            throw db.fromTransaction(s -> conflict(s, entityType, entityId, e));
        }
    }

    /** A unique key broken: the row was inserted by someone else first. */
    static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException q && "23505".equals(q.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private EditConflict conflict(Session s, String entityType, Long entityId, Throwable cause) {
        AuditEntry last = entityId == null ? null : audit.history(s, entityType, entityId).stream().findFirst().orElse(null);
        return new EditConflict(entityType, entityId, last == null ? null : last.getActor(),
                last == null ? null : last.getAt(), cause);
    }

    /** At flush the row had moved on, or was gone: the trail's newest entry says which. */
    private RuntimeException refusal(Session s, String entityType, Long entityId, Throwable cause) {
        AuditEntry last = entityId == null ? null : audit.history(s, entityType, entityId).stream().findFirst().orElse(null);
        if (last != null && AuditAction.DELETE.name().equals(last.getAction())) {
            RecordDeleted d = new RecordDeleted(entityType, entityId, last.getActor(), last.getAt());
            d.initCause(cause);
            return d;
        }
        return conflict(s, entityType, entityId, cause);
    }

    /** Hibernate's "row was updated or deleted by another transaction", however it is wrapped. */
    static boolean isStale(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ChangedElsewhere) {
                return false;
            }
            if (t instanceof StaleStateException || t instanceof jakarta.persistence.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
