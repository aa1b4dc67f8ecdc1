package org.secretariat.service.roster.membership;

import java.util.List;
import org.secretariat.charter.Seating;

/**
 * What the rules read of the rest of the roster: every unit with its people (office limits, body
 * sizes, recommenders). Read only when a rule needs it.
 */
public interface RosterFacts {

    List<Seating.Unit> units();

    static RosterFacts of(List<Seating.Unit> units) {
        return () -> units;
    }
}
