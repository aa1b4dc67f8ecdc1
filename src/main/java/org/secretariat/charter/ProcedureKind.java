package org.secretariat.charter;

/** Kinds of procedure a case can follow. */
public enum ProcedureKind {
    ADMISSION, UPGRADE, WITHDRAWAL, EXPULSION, OFFICE_CHANGE,
    /** Amending the charter itself (not tied to a unit): decided as a motion, outside steps recorded as steps. */
    AMENDMENT,
    /** Ending the organisation (not tied to a unit). */
    DISSOLUTION;

    /** Kinds a unit's case follows (the others are the organisation's own: office changes, amendment, dissolution). */
    public boolean isUnitCase() {
        return this != OFFICE_CHANGE && this != AMENDMENT && this != DISSOLUTION;
    }

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
