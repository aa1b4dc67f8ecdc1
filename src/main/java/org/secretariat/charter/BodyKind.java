package org.secretariat.charter;

/** Kinds of bodies the charters set up. */
public enum BodyKind {
    ASSEMBLY, COUNCIL, STANDING_COUNCIL, PRESIDIUM, JOINT_MEETING, OFFICE_MEETING, LEADING_GROUP,
    SECRETARIAT, OTHER;

    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
