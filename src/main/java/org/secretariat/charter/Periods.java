package org.secretariat.charter;

import java.time.LocalDate;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Civil Code arts. 200–204 for the charter's periods (期间). The day a period starts from is not
 * counted (art. 201); a period in months or years ends on the corresponding day, or on the last
 * day of the month where it has none (art. 202); a last day that is a statutory holiday gives way
 * to the first day after the holiday (art. 203). Working days (工作日) are counted on a
 * {@link WorkCalendar}, which knows the make-up working days (调休上班).
 *
 * <p>Art. 203 is applied to the holidays of the State Council's notice
 * ({@link WorkCalendar#isStatutoryHoliday}), not to ordinary weekends.
 */
public final class Periods {

    /** Longer than any holiday block: a calendar with no end of holidays is a mistake, not a period. */
    private static final int MAX_DAYS_OFF_IN_A_ROW = 400;

    private Periods() {
    }

    /**
     * The last day of a period that starts on {@code from}, the start day not counted (art. 201).
     * Days: {@code from + n}; months and years: the corresponding day ({@code plusMonths} and
     * {@code plusYears} give the month's last day where there is none, art. 202); working days: the
     * n-th working day after {@code from}. A last day of a days, months or years period that falls on
     * a statutory holiday moves to the first day after the holiday (art. 203).
     */
    public static LocalDate lastDay(LocalDate from, Period p, WorkCalendar cal) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(cal, "calendar");
        if (p.amount() < 0) {
            throw new IllegalArgumentException("a period cannot be negative: " + p.amount());
        }
        return switch (p.unit()) {
            case DAYS -> afterHoliday(from.plusDays(p.amount()), cal);
            case MONTHS -> afterHoliday(from.plusMonths(p.amount()), cal);
            case YEARS -> afterHoliday(from.plusYears(p.amount()), cal);
            case WORKING_DAYS -> nthWorkingDayAfter(from, p.amount(), cal);
        };
    }

    /**
     * The day the thing takes effect: the day after the last day, which ends at 24:00 (art. 203).
     * A 30-day notice given on 15 January runs 16 January – 14 February; it takes effect on 15 February.
     */
    public static LocalDate effectiveDay(LocalDate from, Period p, WorkCalendar cal) {
        return lastDay(from, p, cal).plusDays(1);
    }

    /** The working days strictly after {@code from} up to and including {@code to}; 0 when {@code to} is not later. */
    public static int workingDaysBetween(LocalDate from, LocalDate to, WorkCalendar cal) {
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (cal.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /**
     * The years whose days a count from {@code from} to its last day {@code last} looked at:
     * for working days every day after {@code from} up to {@code last}; for days, months and years
     * only the day the period ends on and the days art. 203 moved it over, up to {@code last}.
     * Empty when nothing was looked at (0 working days).
     */
    public static SortedSet<Integer> yearsCounted(LocalDate from, Period p, LocalDate last) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(last, "last");
        LocalDate first = switch (p.unit()) {
            case DAYS -> from.plusDays(p.amount());
            case MONTHS -> from.plusMonths(p.amount());
            case YEARS -> from.plusYears(p.amount());
            case WORKING_DAYS -> from.plusDays(1);
        };
        SortedSet<Integer> years = new TreeSet<>();
        if (first.isAfter(last)) {
            // a last day before the period's own end (a date kept from other rules): look at both
            if (p.unit() == Period.Unit.WORKING_DAYS) {
                return years;
            }
            LocalDate swap = first;
            first = last;
            last = swap;
        }
        for (int y = first.getYear(); y <= last.getYear(); y++) {
            years.add(y);
        }
        return years;
    }

    /**
     * The years a count to {@code last} looked at for which {@code cal} has no holiday arrangement
     * ({@link WorkCalendar#isArranged}): there it went by weekends alone and the date needs checking.
     */
    public static SortedSet<Integer> unarrangedYears(LocalDate from, Period p, LocalDate last, WorkCalendar cal) {
        Objects.requireNonNull(cal, "calendar");
        SortedSet<Integer> years = yearsCounted(from, p, last);
        years.removeIf(cal::isArranged);
        return years;
    }

    private static LocalDate afterHoliday(LocalDate last, WorkCalendar cal) {
        LocalDate d = last;
        // 法定休假日 in art. 203 is read, as courts read it, to include the weekly rest days: a last day on
        // a Saturday or Sunday moves too, unless that day is a make-up working day (调休上班)
        for (int i = 0; !cal.isWorkingDay(d); i++) {
            if (i > MAX_DAYS_OFF_IN_A_ROW) {
                throw new IllegalStateException("the calendar has no end of holidays after " + last);
            }
            d = d.plusDays(1);
        }
        return d;
    }

    private static LocalDate nthWorkingDayAfter(LocalDate from, int n, WorkCalendar cal) {
        LocalDate d = from;
        int found = 0;
        int daysOff = 0;
        while (found < n) {
            d = d.plusDays(1);
            if (cal.isWorkingDay(d)) {
                found++;
                daysOff = 0;
            } else if (++daysOff > MAX_DAYS_OFF_IN_A_ROW) {
                throw new IllegalStateException("the calendar has no working day after " + from);
            }
        }
        return d;
    }
}
