package org.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.charter.Citation;
import org.secretariat.charter.HolidayCalendar;
import org.secretariat.charter.Period;
import org.secretariat.charter.Periods;
import org.secretariat.domain.Holiday;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

/** The holiday rows the V4 migration puts into a new data folder, read back through Hibernate. */
class HolidayRepositoryTest {

    @TempDir
    Path dir;

    private final HolidayRepository holidays = new HolidayRepository();

    @Test
    void aNewDataFolderHoldsThe2026NoticeAndThe2027StatutoryDays() throws Exception {
        try (AppContext ctx = TestWorkspace.openData(dir, TestWorkspace.CLOCK)) {
            List<Holiday> rows = ctx.database().fromTransaction(holidays::all);
            Map<LocalDate, Holiday> byDay = rows.stream().collect(Collectors.toMap(Holiday::getDay, Function.identity()));
            Holiday national = byDay.get(LocalDate.of(2026, 10, 1));
            assertEquals(Holiday.Kind.HOLIDAY, national.getKind());
            assertEquals("国庆节", national.getName());
            assertEquals(Holiday.Kind.WORKDAY, byDay.get(LocalDate.of(2026, 2, 14)).getKind());
            assertEquals(6, rows.stream().filter(h -> h.getDay().getYear() == 2026 && !h.isHoliday()).count(),
                    "2026 is worked on 1/4, 2/14, 2/28, 5/9, 9/20 and 10/10");
            assertEquals("春节", byDay.get(LocalDate.of(2027, 2, 6)).getName());
            assertTrue(rows.stream().filter(h -> h.getDay().getYear() == 2027).allMatch(Holiday::isHoliday),
                    "no make-up working days are invented for 2027");

            HolidayCalendar cal = new HolidayCalendar(rows.stream()
                    .map(h -> new HolidayCalendar.Day(h.getDay(), h.isHoliday(), h.getName())).toList());
            assertEquals(LocalDate.of(2026, 3, 5), Periods.lastDay(LocalDate.of(2026, 2, 13),
                    new Period(10, Period.Unit.WORKING_DAYS, Citation.of("第十条")), cal));
        }
    }

    @Test
    void savedDaysAreReplacedAndDeletedDaysFollowTheWeekAgain() throws Exception {
        LocalDate makeUp = LocalDate.of(2027, 2, 20);
        try (AppContext ctx = TestWorkspace.openData(dir, TestWorkspace.CLOCK)) {
            ctx.database().inTransaction(s -> holidays.save(s, new Holiday(makeUp, Holiday.Kind.WORKDAY, "春节")));
            ctx.database().inTransaction(s -> holidays.save(s, new Holiday(makeUp, Holiday.Kind.WORKDAY, " 春节调休 ")));
            List<Holiday> rows = ctx.database().fromTransaction(holidays::all);
            assertEquals("春节调休", rows.stream().filter(h -> h.getDay().equals(makeUp)).findFirst().orElseThrow().getName());
            ctx.database().inTransaction(s -> holidays.delete(s, makeUp));
            ctx.database().inTransaction(s -> holidays.delete(s, makeUp));
            assertFalse(ctx.database().fromTransaction(holidays::all).stream().anyMatch(h -> h.getDay().equals(makeUp)));
        }
    }
}
