package org.secretariat.charter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each built-in profile's inactivity boundary, from its own {@code years}: last attendance (or
 * the day the records began) on 10 March 2025; every expected date worked out by hand.
 */
class InactivityPeriodTest {

    @TempDir
    Path userDir;

    private static final LocalDate LAST = LocalDate.of(2025, 3, 10);

    @ParameterizedTest(name = "{0}: last day {2}, out from {3}")
    @CsvSource({
            // CCEAA 第十三条（一）: one year from 11 Mar 2025 ends 10 Mar 2026; out from 11 Mar 2026 (届满次日)
            "cceaa,         1, 2026-03-10, 2026-03-11",
            // 新乡 第十五条（三）: 连续满两年 from 11 Mar 2025 is full at the end of 10 Mar 2027
            "xinxiang-cbec, 2, 2027-03-10, 2027-03-11",
            // 衡水 第十三条: 连续满三年, full at the end of 10 Mar 2028
            "hengshui-tech, 3, 2028-03-10, 2028-03-11"})
    void eachProfileIsOutOnlyFromTheDayAfterItsPeriodEnds(String id, int years, LocalDate lastDay, LocalDate out)
            throws Exception {
        CharterProfile.Inactivity rule = new CharterCatalog(userDir).load(id).inactivity();
        assertEquals(years, rule.years(), id + " reads " + rule.citation().article());
        assertEquals(lastDay, InactivityPeriod.lastDay(LAST, rule.years()));
        assertEquals(out, InactivityPeriod.firstDayOut(LAST, rule.years()));
        assertFalse(InactivityPeriod.isOut(LAST, rule.years(), lastDay.minusDays(1)), "the day before the last day");
        assertFalse(InactivityPeriod.isOut(LAST, rule.years(), lastDay), "the last day: taking part today still counts");
        assertTrue(InactivityPeriod.isOut(LAST, rule.years(), out), "the day after the period");
        assertTrue(InactivityPeriod.isOut(LAST, rule.years(), out.plusDays(1)));
    }

    @Test
    void theTwoProfilesWithoutAnInactivityRuleHaveNone() throws Exception {
        assertNull(new CharterCatalog(userDir).load("cerra").inactivity());
        assertNull(new CharterCatalog(userDir).load("county-joint").inactivity());
    }

    @Test
    void aPeriodFromTwentyNinthFebruaryEndsOnTheLastDayOfFebruary() {
        // art. 202: no 29 February in 2025, so the month's last day is the last day of the period
        assertEquals(LocalDate.of(2025, 2, 28), InactivityPeriod.lastDay(LocalDate.of(2024, 2, 29), 1));
        assertEquals(LocalDate.of(2025, 3, 1), InactivityPeriod.firstDayOut(LocalDate.of(2024, 2, 29), 1));
        // four years on there is one again
        assertEquals(LocalDate.of(2028, 2, 29), InactivityPeriod.lastDay(LocalDate.of(2024, 2, 29), 4));
    }

    @Test
    void aLastDayOnAHolidayDoesNotMove() {
        // 1 Oct 2026 is National Day; the unit had until then to take part, and is out on 2 October
        assertEquals(LocalDate.of(2026, 10, 2), InactivityPeriod.firstDayOut(LocalDate.of(2025, 10, 1), 1));
    }

    @Test
    void aPeriodOfNoYearsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> InactivityPeriod.lastDay(LAST, 0));
    }
}
