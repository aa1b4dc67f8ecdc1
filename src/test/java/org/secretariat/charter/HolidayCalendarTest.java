package org.secretariat.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Working days and statutory holidays as the 2026 notice sets them. */
class HolidayCalendarTest {

    private static final HolidayCalendar Y2026 = Notice2026.calendar();

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDayButNotAHoliday() {
        assertTrue(Y2026.isWorkingDay(day("2026-02-14")));
        assertFalse(Y2026.isStatutoryHoliday(day("2026-02-14")));
        assertTrue(Y2026.isWorkingDay(day("2026-09-20")), "Sunday 20 September is worked for 国庆节");
    }

    @Test
    void holidayWeekdaysAreNotWorkingDaysAndWeekendsInsideABlockAreHolidays() {
        assertFalse(Y2026.isWorkingDay(day("2026-10-05")));
        assertTrue(Y2026.isStatutoryHoliday(day("2026-10-05")));
        assertTrue(Y2026.isStatutoryHoliday(day("2026-10-03")), "Saturday inside 国庆节");
        assertEquals("国庆节", Y2026.day(day("2026-10-03")).orElseThrow().name());
    }

    @Test
    void unlistedDaysFollowTheWeek() {
        assertFalse(Y2026.isWorkingDay(day("2026-11-21")), "an ordinary Saturday");
        assertFalse(Y2026.isStatutoryHoliday(day("2026-11-21")));
        assertTrue(Y2026.isWorkingDay(day("2026-11-20")));
        assertTrue(Y2026.isWorkingDay(day("2028-01-03")), "a year no notice covers counts Monday to Friday");
        assertEquals(List.of(2026), List.copyOf(Y2026.years()));
    }

    @Test
    void weekendsOnlyKnowsNoHolidays() {
        assertFalse(WorkCalendar.WEEKENDS_ONLY.isStatutoryHoliday(day("2026-10-01")));
        assertTrue(WorkCalendar.WEEKENDS_ONLY.isWorkingDay(day("2026-10-01")));
        assertFalse(WorkCalendar.WEEKENDS_ONLY.isWorkingDay(day("2026-02-14")));
    }

    @Test
    void aCalendarCanBeBuiltFromDatesAlone() {
        HolidayCalendar cal = HolidayCalendar.of(Map.of(day("2026-10-01"), true, day("2026-10-10"), false));
        assertTrue(cal.isStatutoryHoliday(day("2026-10-01")));
        assertTrue(cal.isWorkingDay(day("2026-10-10")));
        assertEquals(2, cal.days().size());
    }

    @Test
    void aDateListedTwiceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new HolidayCalendar(List.of(
                new HolidayCalendar.Day(day("2026-10-01"), true, "国庆节"),
                new HolidayCalendar.Day(day("2026-10-01"), false, "国庆节"))));
    }
}
