package org.secretariat.domain;

/** What a motion decides; the kinds that decide a case change the roster when they pass. */
public enum MotionKind {
    /** A discussion item without a vote. */
    NONE,
    /** Any other decision (work report, budget, plan …). */
    GENERAL,
    ADMIT,
    UPGRADE,
    EXPEL,
    /** Approves a unit's withdrawal (衡水 第十二条 经理事会批准); the unit's withdrawal case must be open. */
    WITHDRAW,
    ELECT_OFFICER,
    /** Amends the charter (procedure kind amendment); offered only where the profile has that procedure. */
    AMEND_CHARTER,
    /** Ends the organisation (procedure kind dissolution); offered only where the profile has that procedure. */
    DISSOLVE;

    public boolean isVoted() {
        return this != NONE;
    }

    public boolean needsUnit() {
        return this == ADMIT || this == UPGRADE || this == EXPEL || this == WITHDRAW || this == ELECT_OFFICER;
    }
}
