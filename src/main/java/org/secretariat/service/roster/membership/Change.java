package org.secretariat.service.roster.membership;

import java.time.LocalDate;

/**
 * One change to a unit's membership, whichever way it arrives (case step, meeting resolution, the
 * unit form, an import, a command). {@link MembershipRules} judges it by the active charter.
 */
public sealed interface Change {

    /** An applying unit is admitted (状态：申请中 → 会员). */
    record Join() implements Change {
    }

    /** A unit entered on the roster as a member already (a new unit on the form, an imported row). */
    record Enter() implements Change {
    }

    /** A member takes a higher tier by the charter's upgrade procedure. */
    record Upgrade(String toTier) implements Change {
    }

    /** A member leaves by its own notice (the withdrawal procedure). */
    record Withdraw() implements Change {
    }

    /** A member is expelled (除名). */
    record Expel() implements Change {
    }

    /** A person of the unit takes an office from {@code start} (an election, or a row on the form). */
    record TakeOffice(String officeId, String personName, LocalDate start, LocalDate end) implements Change {
    }
}
