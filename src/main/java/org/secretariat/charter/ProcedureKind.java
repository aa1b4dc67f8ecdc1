package org.secretariat.charter;

/** Kinds of procedure a case can follow. */
public enum ProcedureKind {
    ADMISSION, UPGRADE, WITHDRAWAL, EXPULSION, OFFICE_CHANGE;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
