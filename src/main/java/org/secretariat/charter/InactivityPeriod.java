package org.secretariat.charter;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a unit that has taken part in nothing counts as out under the charter's inactivity rule.
 *
 * <p>Every profile with an {@code inactivity:} block reads it the same way (see each {@code reading:}):
 * the period starts the day after the last day known to count — a participation, joining, the day
 * the app's records of the unit began, or a person's dismissal of an earlier proposal — (Civil Code
 * art. 201), runs for the charter's whole years and ends on the corresponding day, or the month's
 * last day where there is none (art. 202); it ends at 24:00 of that day, so the unit counts as out
 * from the day after (CCEAA: 于届满次日起视为自动退出; 新乡 and 衡水: 连续满两年/三年, complete only once
 * the last day is over). Art. 203's holiday shift is not applied: nothing has to be done by the last
 * day, and the readings cite arts. 201–202 only.
 */
public final class InactivityPeriod {

    private InactivityPeriod() {
    }

    /** The last day of the period that counts from {@code from}: taking part up to and including it keeps the unit in. */
    public static LocalDate lastDay(LocalDate from, int years) {
        Objects.requireNonNull(from, "from");
        if (years < 1) {
            throw new IllegalArgumentException("an inactivity period is at least one year: " + years);
        }
        return from.plusYears(years);
    }

    /** The first day the unit counts as out, the day after the period's last day. */
    public static LocalDate firstDayOut(LocalDate from, int years) {
        return lastDay(from, years).plusDays(1);
    }

    /** Whether a unit with nothing since {@code from} counts as out on {@code today}. */
    public static boolean isOut(LocalDate from, int years, LocalDate today) {
        return !today.isBefore(firstDayOut(from, years));
    }
}
