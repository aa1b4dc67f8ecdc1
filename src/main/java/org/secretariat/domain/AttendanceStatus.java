package org.secretariat.domain;

/** How a seat was filled at a meeting. Observers (列席) attend without a seat and do not count. */
public enum AttendanceStatus {
    PRESENT, LEAVE, ABSENT, OBSERVER;

    public boolean countsAsPresent() {
        return this == PRESENT;
    }
}
