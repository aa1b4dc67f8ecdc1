package org.secretariat.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Civil Code arts. 200–204 on the charter's periods; every expected date is worked out by hand in its comment. */
class PeriodsTest {

    private static final HolidayCalendar Y2026 = Notice2026.calendar();

    private static Period days(int n) {
        return new Period(n, Period.Unit.DAYS, Citation.of("第十五条"));
    }

    private static Period months(int n) {
        return new Period(n, Period.Unit.MONTHS, Citation.of("第十五条"));
    }

    private static Period workingDays(int n) {
        return new Period(n, Period.Unit.WORKING_DAYS, Citation.of("第十条"));
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aThirtyDayNoticeGivenOnFifteenJanuaryRunsToFourteenFebruaryAndTakesEffectNextDay() {
        // 16 Jan is day 1, 31 Jan day 16, 14 Feb day 30. 14 Feb 2026 is a Saturday worked for the
        // Spring Festival (调休上班), not a holiday, so art. 203 leaves it alone.
        assertEquals(day("2026-02-14"), Periods.lastDay(day("2026-01-15"), days(30), Y2026));
        assertEquals(day("2026-02-15"), Periods.effectiveDay(day("2026-01-15"), days(30), Y2026));
        // without the notice that Saturday is a rest day, so the period runs to Monday 16 February
        assertEquals(day("2026-02-16"), Periods.lastDay(day("2026-01-15"), days(30), WorkCalendar.WEEKENDS_ONLY));
    }

    @Test
    void monthsEndOnTheCorrespondingDayOrTheMonthsLastDay() {
        // 30 November + 3 months: February 2027 has no 30th, so its last day, the 28th (art. 202);
        // that is a Sunday, a rest day, so the period ends on Monday 1 March (art. 203)
        assertEquals(day("2027-03-01"), Periods.lastDay(day("2026-11-30"), months(3), WorkCalendar.WEEKENDS_ONLY));
        // 31 August + 3 months: November has no 31st, so the 30th
        assertEquals(day("2026-11-30"), Periods.lastDay(day("2026-08-31"), months(3), Y2026));
        // 29 February 2024 + 1 year: 28 February 2025
        assertEquals(day("2025-02-28"), Periods.lastDay(day("2024-02-29"),
                new Period(1, Period.Unit.YEARS, Citation.of("第六条")), Y2026));
    }

    @Test
    void aLastDayInsideTheNationalDayHolidayMovesToTheFirstDayAfterIt() {
        // 2 September + 30 days = 2 October, inside 国庆节 1–7 October 2026: the period ends on
        // Thursday 8 October (art. 203) and takes effect on 9 October.
        assertEquals(day("2026-10-08"), Periods.lastDay(day("2026-09-02"), days(30), Y2026));
        assertEquals(day("2026-10-09"), Periods.effectiveDay(day("2026-09-02"), days(30), Y2026));
        // 3 September + 1 month = 3 October (a Saturday inside the block): also 8 October
        assertEquals(day("2026-10-08"), Periods.lastDay(day("2026-09-03"), months(1), Y2026));
        // without the notice, 2 October 2026 is a Friday and stands as counted
        assertEquals(day("2026-10-02"), Periods.lastDay(day("2026-09-02"), days(30), WorkCalendar.WEEKENDS_ONLY));
        // a last day on an ordinary Sunday moves to Monday: 15 January 2027 + 30 days = Sunday 14 February
        assertEquals(day("2027-02-15"), Periods.lastDay(day("2027-01-15"), days(30), WorkCalendar.WEEKENDS_ONLY));
    }

    @Test
    void workingDaysSkipTheSpringFestivalAndCountTheMakeUpSaturdays() {
        // Received Friday 13 February 2026. Sat 14 Feb is worked (调休上班): 1. Sun 15 – Mon 23 Feb
        // holiday. Tue 24: 2, Wed 25: 3, Thu 26: 4, Fri 27: 5, Sat 28 Feb worked: 6. Sun 1 Mar off.
        // Mon 2 Mar: 7, Tue 3: 8, Wed 4: 9, Thu 5 March: 10.
        assertEquals(day("2026-03-05"), Periods.lastDay(day("2026-02-13"), workingDays(10), Y2026));
        assertEquals(10, Periods.workingDaysBetween(day("2026-02-13"), day("2026-03-05"), Y2026));
        // the 9-day holiday (Sun 15 – Mon 23) has no working day in it
        assertEquals(0, Periods.workingDaysBetween(day("2026-02-14"), day("2026-02-23"), Y2026));
    }

    @Test
    void withWeekendsOnlyTenWorkingDaysAfterAFridayIsTheFridayTwoWeeksLater() {
        // Fri 20 Nov 2026: Mon 23 – Fri 27 are 1–5, Mon 30 Nov – Fri 4 Dec are 6–10
        assertEquals(day("2026-12-04"), Periods.lastDay(day("2026-11-20"), workingDays(10), WorkCalendar.WEEKENDS_ONLY));
        // the same count across the Spring Festival without the notice: Fri 27 February
        assertEquals(day("2026-02-27"), Periods.lastDay(day("2026-02-13"), workingDays(10), WorkCalendar.WEEKENDS_ONLY));
        assertEquals(5, Periods.workingDaysBetween(day("2026-11-20"), day("2026-11-29"), WorkCalendar.WEEKENDS_ONLY));
    }

    @Test
    void workingDaysBetweenIsZeroWhenTheEndIsNotLater() {
        assertEquals(0, Periods.workingDaysBetween(day("2026-11-20"), day("2026-11-20"), Y2026));
        assertEquals(0, Periods.workingDaysBetween(day("2026-11-20"), day("2026-11-01"), Y2026));
    }

    @Test
    void aNegativePeriodIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> Periods.lastDay(day("2026-11-20"), days(-1), WorkCalendar.WEEKENDS_ONLY));
    }

    @Test
    void aCalendarWithoutWorkingDaysFailsInsteadOfLoopingForever() {
        WorkCalendar never = new WorkCalendar() {
            @Override
            public boolean isWorkingDay(LocalDate d) {
                return false;
            }

            @Override
            public boolean isStatutoryHoliday(LocalDate d) {
                return true;
            }
        };
        assertThrows(IllegalStateException.class, () -> Periods.lastDay(day("2026-11-20"), workingDays(1), never));
        assertThrows(IllegalStateException.class, () -> Periods.lastDay(day("2026-11-20"), days(1), never));
    }
}
