package org.secretariat.domain;

import java.util.Optional;

/**
 * What an audit entry records. Stored by name in {@code audit_entry.action} (and inside the hash
 * chain), so a name, once written, never changes; each has a label {@code audit.action.NAME}.
 */
public enum AuditAction {
    CREATE, UPDATE, DELETE, IMPORT, SETUP,
    /** A meeting's resolution (and what it changed on the roster). */
    RESOLUTION,
    /** A certificate issued, revoked, returned or lost. */
    ISSUE, REVOKED, RETURNED, LOST,
    /** A case opened, a step recorded, its outcome applied, the case cancelled. */
    OPEN, STEP, CASE, CANCEL,
    PAYMENT,
    AUTO_WITHDRAWAL, INACTIVITY_DISMISSED;

    /** The action of a stored entry, if it is one of these. */
    public static Optional<AuditAction> of(String stored) {
        for (AuditAction a : values()) {
            if (a.name().equals(stored)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Does this stored entry record a unit entering the roster (new, or imported)? */
    public static boolean entersRoster(String stored) {
        return CREATE.name().equals(stored) || IMPORT.name().equals(stored);
    }
}
