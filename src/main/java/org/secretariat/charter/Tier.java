package org.secretariat.charter;

import java.util.List;

/** A member tier (普通会员单位, 理事单位 …); {@code rank} 0 is the lowest. */
public record Tier(String id, String name, List<String> aliases, int rank, String reachedBy,
                   String certificate, Citation citation, List<Qualification> qualifications) {

    public Tier {
        qualifications = qualifications == null ? List.of() : List.copyOf(qualifications);
    }

    public Tier(String id, String name, List<String> aliases, int rank, String reachedBy, String certificate, Citation citation) {
        this(id, name, aliases, rank, reachedBy, certificate, citation, List.of());
    }

    /** Does {@code text} name this tier, by its name, an alias or its id? */
    public boolean isNamed(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        return t.equals(name) || t.equalsIgnoreCase(id) || aliases.contains(t);
    }
}
