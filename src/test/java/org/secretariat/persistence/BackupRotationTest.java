package org.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which backups rotation keeps: names and a fixed "today" in, names to delete out. */
class BackupRotationTest {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");
    /** A Saturday; its ISO week began on Monday 2026-11-16. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    private static String name(LocalDateTime at) {
        return "secretariat-" + at.format(STAMP) + ".zip";
    }

    /** Two backups a day (09:00 and 17:00) for {@code days} days up to and including today. */
    private static List<String> twiceDaily(int days) {
        List<String> names = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate day = TODAY.minusDays(d);
            names.add(name(day.atTime(9, 0)));
            names.add(name(day.atTime(17, 0)));
        }
        return names;
    }

    private static Set<String> kept(List<String> names, BackupRotation rotation) {
        Set<String> kept = new HashSet<>(names);
        rotation.toDelete(names, TODAY).forEach(kept::remove);
        return kept;
    }

    @Test
    void theNewestOfEachOfTheLastFourteenDaysIsKeptAndAllOfToday() {
        Set<String> kept = kept(twiceDaily(14), BackupRotation.DEFAULT);
        assertEquals(15, kept.size(), kept.toString());
        for (int d = 0; d < 14; d++) {
            assertTrue(kept.contains(name(TODAY.minusDays(d).atTime(17, 0))), "day -" + d);
        }
        assertTrue(kept.contains(name(TODAY.atTime(9, 0))), "this morning's backup is there to go back to");
        assertTrue(!kept.contains(name(TODAY.minusDays(1).atTime(9, 0))), "yesterday keeps only its newest");
    }

    @Test
    void aYearAndAHalfOfDailyBackupsShrinksToDaysWeeksAndMonths() {
        List<String> names = twiceDaily(550);
        Set<String> kept = kept(names, BackupRotation.DEFAULT);
        // 14 days (11-08..11-21) cover ISO weeks 0-2; weeks 3-7 add their Sundays (11-01 … 10-04);
        // months: November is covered, October adds 10-31, then 10 more month-ends back to 2025-12
        assertTrue(kept.contains(name(TODAY.atTime(17, 0))));
        assertTrue(kept.contains(name(LocalDate.of(2026, 11, 8).atTime(17, 0))), "Sunday ending the ISO week 3 weeks back");
        assertTrue(kept.contains(name(LocalDate.of(2026, 10, 4).atTime(17, 0))), "the oldest of 8 weeks (Sunday)");
        assertTrue(!kept.contains(name(LocalDate.of(2026, 9, 27).atTime(17, 0))), "9 weeks back is gone");
        assertTrue(kept.contains(name(LocalDate.of(2026, 9, 30).atTime(17, 0))), "… but September's last day stays");
        assertTrue(kept.contains(name(LocalDate.of(2025, 12, 31).atTime(17, 0))), "month 11 back: its last day");
        assertTrue(!kept.contains(name(LocalDate.of(2025, 11, 30).atTime(17, 0))), "12 months back is gone");
        assertEquals(1 + 14 + 5 + 11, kept.size(), kept.stream().sorted().toList().toString());
        assertEquals(names.size() - kept.size(), BackupRotation.DEFAULT.toDelete(names, TODAY).size());
    }

    @Test
    void aGapKeepsTheNewestOfEachPeriodThatHasOne() {
        List<String> names = List.of(name(LocalDateTime.of(2026, 3, 2, 10, 0)), name(LocalDateTime.of(2026, 3, 9, 10, 0)),
                name(LocalDateTime.of(2024, 1, 1, 10, 0)));
        assertEquals(List.of(name(LocalDateTime.of(2024, 1, 1, 10, 0)), name(LocalDateTime.of(2026, 3, 2, 10, 0))),
                BackupRotation.DEFAULT.toDelete(names, TODAY));
    }

    @Test
    void otherFilesAndFutureDatesAreNeverDeleted() {
        List<String> names = List.of("notes.txt", "my-backup.zip", "secretariat-20991231-120000.zip",
                "secretariat-20261121-090000.zip", "secretariat-20261121-090000-2.zip");
        assertEquals(List.of(), BackupRotation.DEFAULT.toDelete(names, TODAY), "today's are all kept");
        List<String> yesterday = List.of("secretariat-20261120-090000.zip", "secretariat-20261120-090000-2.zip");
        assertEquals(List.of("secretariat-20261120-090000.zip"), BackupRotation.DEFAULT.toDelete(yesterday, TODAY),
                "of two taken in the same second, the -2 one is newer");
    }

    @Test
    void aSmallerPolicyKeepsLess() {
        Set<String> kept = kept(twiceDaily(60), new BackupRotation(3, 0, 0));
        assertEquals(Set.of(name(TODAY.atTime(9, 0)), name(TODAY.atTime(17, 0)), name(TODAY.minusDays(1).atTime(17, 0)),
                name(TODAY.minusDays(2).atTime(17, 0))), kept);
    }

    @Test
    void namesCarryTheirTime() {
        assertEquals(LocalDateTime.of(2026, 11, 21, 10, 5, 9), Backups.takenAt("secretariat-20261121-100509.zip").orElseThrow());
        assertEquals(LocalDateTime.of(2026, 11, 21, 10, 5, 9), Backups.takenAt("secretariat-20261121-100509-3.zip").orElseThrow());
        assertTrue(Backups.takenAt("secretariat-20261340-100509.zip").isEmpty(), "month 13");
        assertTrue(Backups.takenAt("secretariat-20261121-100509.zip.tmp").isEmpty());
    }
}
