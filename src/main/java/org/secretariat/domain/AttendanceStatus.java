package org.secretariat.domain;

/** How a seat was filled at a meeting. Observers (列席) attend without a seat and do not count. */
public enum AttendanceStatus {
    PRESENT, LEAVE, ABSENT, OBSERVER;

    /**
     * The one rule for "present" in a quorum or a vote: a seat of the body, marked present. Every
     * count of those present (the meeting, the vote, the minutes, the annual report) asks here.
     */
    public static boolean presentSeat(boolean seated, AttendanceStatus status) {
        return seated && status != null && status.countsAsPresent();
    }

    public boolean countsAsPresent() {
        return this == PRESENT;
    }
}
