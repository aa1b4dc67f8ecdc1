package org.secretariat.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Which years a deadline's count went through without that year's holiday arrangement: the 2026
 * notice entered in full, 2027 only its statutory days (as the V4 migration ships it).
 */
class UnarrangedYearsTest {

    private static final Citation ART = Citation.of("第十条");

    private static WorkCalendar calendar() {
        List<HolidayCalendar.Day> days = new ArrayList<>(Notice2026.calendar().days());
        days.add(new HolidayCalendar.Day(LocalDate.of(2027, 1, 1), true, "元旦"));
        return new HolidayCalendar(days, List.of(2026));
    }

    private static Set<Integer> unarranged(String from, Period p) {
        LocalDate start = LocalDate.parse(from);
        return Periods.unarrangedYears(start, p, Periods.lastDay(start, p, calendar()), calendar());
    }

    private static Period workingDays(int n) {
        return new Period(n, Period.Unit.WORKING_DAYS, ART);
    }

    @Test
    void workingDaysEndingOnTheLastDayOfTheYearStayInsideIt() {
        assertEquals(LocalDate.of(2026, 12, 31), Periods.lastDay(LocalDate.of(2026, 12, 30), workingDays(1), calendar()));
        assertEquals(Set.of(), unarranged("2026-12-30", workingDays(1)));
    }

    @Test
    void workingDaysRunningIntoAYearWithoutItsNoticeSaySo() {
        // 1 January 2027 is a holiday, 2 and 3 are a weekend: the count reads 2027 and ends on Monday 4 January
        assertEquals(LocalDate.of(2027, 1, 4), Periods.lastDay(LocalDate.of(2026, 12, 31), workingDays(1), calendar()));
        assertEquals(Set.of(2027), unarranged("2026-12-31", workingDays(1)));
        assertEquals(Set.of(2027), unarranged("2026-12-24", workingDays(10)));
    }

    @Test
    void workingDaysStartingInAYearWithoutItsNoticeSaySoEvenWhenTheyEndInAnArrangedOne() {
        assertEquals(Set.of(2025), unarranged("2025-12-29", workingDays(5)));
        assertEquals(Set.of(), unarranged("2025-12-31", workingDays(5)), "the start day itself is not counted");
    }

    @Test
    void calendarDaysLookOnlyAtTheDayThePeriodEndsOn() {
        // 30 days from 1 December 2026 end on Thursday 31 December, a working day: 2027 is never read
        Period thirty = new Period(30, Period.Unit.DAYS, ART);
        assertEquals(Set.of(), unarranged("2026-12-01", thirty));
        // from 2 December they end on 1 January 2027, a holiday moved over to Monday 4 January
        assertEquals(LocalDate.of(2027, 1, 4), Periods.lastDay(LocalDate.of(2026, 12, 2), thirty, calendar()));
        assertEquals(Set.of(2027), unarranged("2026-12-02", thirty));
        // from a day in 2025 (no notice here) to a day in 2026: the days between do not count
        assertEquals(Set.of(), unarranged("2025-12-15", thirty));
    }

    @Test
    void monthsAndYearsLookAtTheCorrespondingDay() {
        assertEquals(Set.of(2027), unarranged("2026-11-20", new Period(3, Period.Unit.MONTHS, ART)));
        assertEquals(Set.of(), unarranged("2025-06-10", new Period(1, Period.Unit.YEARS, ART)));
    }

    @Test
    void aCalendarOfWeekendsOnlyArrangesNoYearAndZeroWorkingDaysReadNothing() {
        LocalDate from = LocalDate.of(2026, 6, 1);
        assertEquals(Set.of(2026), Periods.unarrangedYears(from, workingDays(3),
                Periods.lastDay(from, workingDays(3), WorkCalendar.WEEKENDS_ONLY), WorkCalendar.WEEKENDS_ONLY));
        assertEquals(Set.of(), Periods.unarrangedYears(from, workingDays(0), from, WorkCalendar.WEEKENDS_ONLY));
    }

    @Test
    void aCalendarBuiltFromDaysAloneTakesTheirYearsAsArranged() {
        HolidayCalendar typed = Notice2026.calendar();
        assertEquals(Set.of(2026), typed.arrangedYears());
        assertEquals(Set.of(2026), new HolidayCalendar(typed.days(), List.of(2026, 2027)).years());
    }
}
