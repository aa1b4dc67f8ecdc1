package org.secretariat.persistence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which automatic backups to keep: every backup taken today (so this morning's is still there to go
 * back to after an afternoon's mistake has been backed up on exit), and the newest of each of the last
 * {@code days} days, of each of the
 * last {@code weeks} ISO weeks (Monday to Sunday) and of each of the last {@code months} calendar
 * months, today's week and month included. A pure function of file names and today's date; names
 * that are not automatic backups, and backups dated after today (a clock set back), are never deleted.
 */
public record BackupRotation(int days, int weeks, int months) {

    /** 14 daily, 8 weekly, 12 monthly. */
    public static final BackupRotation DEFAULT = new BackupRotation(14, 8, 12);

    public BackupRotation {
        if (days < 1 || weeks < 0 || months < 0) {
            throw new IllegalArgumentException("keep at least today's backup");
        }
    }

    /** The names (from {@code fileNames}) to delete, oldest first. */
    public List<String> toDelete(List<String> fileNames, LocalDate today) {
        List<Map.Entry<String, LocalDateTime>> dated = new ArrayList<>();
        for (String name : fileNames) {
            Optional<LocalDateTime> at = Backups.takenAt(name);
            at.ifPresent(t -> dated.add(Map.entry(name, t)));
        }
        // newest first; two backups in the same second are ordered by their -N suffix (the name)
        dated.sort(Comparator.comparing((Map.Entry<String, LocalDateTime> e) -> e.getValue())
                .thenComparing(e -> suffix(e.getKey())).reversed());
        Set<LocalDate> daysKept = new HashSet<>();
        Set<LocalDate> weeksKept = new HashSet<>();
        Set<YearMonth> monthsKept = new HashSet<>();
        LocalDate thisMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        YearMonth thisMonth = YearMonth.from(today);
        List<String> delete = new ArrayList<>();
        for (Map.Entry<String, LocalDateTime> e : dated) {
            LocalDate day = e.getValue().toLocalDate();
            if (day.isAfter(today)) {
                continue;
            }
            LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            YearMonth month = YearMonth.from(day);
            boolean keep = day.equals(today);
            if (ChronoUnit.DAYS.between(day, today) < days && daysKept.add(day)) {
                keep = true;
            }
            if (ChronoUnit.WEEKS.between(monday, thisMonday) < weeks && weeksKept.add(monday)) {
                keep = true;
            }
            if (month.until(thisMonth, ChronoUnit.MONTHS) < months && monthsKept.add(month)) {
                keep = true;
            }
            if (!keep) {
                delete.add(e.getKey());
            }
        }
        Collections.reverse(delete);
        return delete;
    }

    private static int suffix(String name) {
        var m = Backups.NAME.matcher(name);
        return m.matches() && m.group(3) != null ? Integer.parseInt(m.group(3)) : 0;
    }
}
