package org.secretariat.charter;

/** What a threshold counts against. */
public enum ThresholdBase {
    /** All members seated in the body on the meeting date (全体成员). */
    SEATED("seated"),
    /** Members present at the meeting (到会/出席成员). */
    PRESENT("present"),
    /** Votes cast for or against; abstentions do not count. */
    VOTES_CAST("votes_cast");

    private final String yamlName;

    ThresholdBase(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static ThresholdBase fromYaml(String name) {
        for (ThresholdBase b : values()) {
            if (b.yamlName.equals(name)) {
                return b;
            }
        }
        return null;
    }
}
