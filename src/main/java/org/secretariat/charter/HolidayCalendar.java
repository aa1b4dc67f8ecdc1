package org.secretariat.charter;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A {@link WorkCalendar} from the State Council's holiday notices: the days it lists are holidays
 * (放假) or make-up working days (调休上班); every other day is a working day from Monday to Friday.
 * Years no notice covers therefore count as {@link WorkCalendar#WEEKENDS_ONLY}; {@link #years()}
 * says which years have listed days, {@link #arrangedYears()} which years' notices are entered in
 * full (a year may list its statutory days before its notice, with no make-up working days, is out).
 */
public final class HolidayCalendar implements WorkCalendar {

    /** One listed day: a holiday ({@code holiday} true) or a make-up working day, and the festival's name. */
    public record Day(LocalDate day, boolean holiday, String name) {
        public Day {
            if (day == null) {
                throw new IllegalArgumentException("a holiday calendar day needs a date");
            }
            name = name == null ? "" : name;
        }
    }

    private final TreeMap<LocalDate, Day> days = new TreeMap<>();
    private final SortedSet<Integer> arranged;

    /** The days of notices entered in full: every year with a listed day is arranged. */
    public HolidayCalendar(Collection<Day> listed) {
        this(listed, null);
    }

    /** The listed days, of which only the {@code arrangedYears} are entered in full. */
    public HolidayCalendar(Collection<Day> listed, Collection<Integer> arrangedYears) {
        for (Day d : listed) {
            if (days.putIfAbsent(d.day(), d) != null) {
                throw new IllegalArgumentException("listed twice: " + d.day());
            }
        }
        this.arranged = Collections.unmodifiableSortedSet(arrangedYears == null ? new TreeSet<>(years())
                : new TreeSet<>(arrangedYears));
    }

    /** From dates alone: {@code true} marks a holiday, {@code false} a make-up working day. */
    public static HolidayCalendar of(Map<LocalDate, Boolean> listed) {
        return new HolidayCalendar(listed.entrySet().stream()
                .map(e -> new Day(e.getKey(), e.getValue(), "")).toList());
    }

    @Override
    public boolean isWorkingDay(LocalDate d) {
        Day listed = days.get(d);
        return listed == null ? !WorkCalendar.isWeekend(d) : !listed.holiday();
    }

    @Override
    public boolean isStatutoryHoliday(LocalDate d) {
        Day listed = days.get(d);
        return listed != null && listed.holiday();
    }

    @Override
    public boolean isArranged(int year) {
        return arranged.contains(year);
    }

    /** The years whose notice is entered in full, in order. */
    public SortedSet<Integer> arrangedYears() {
        return arranged;
    }

    /** The listed day (holiday or make-up working day), if the notices name it. */
    public Optional<Day> day(LocalDate d) {
        return Optional.ofNullable(days.get(d));
    }

    /** The years with at least one listed day, in order. */
    public SortedSet<Integer> years() {
        SortedSet<Integer> years = new TreeSet<>();
        days.keySet().forEach(d -> years.add(d.getYear()));
        return Collections.unmodifiableSortedSet(years);
    }

    /** All listed days in date order. */
    public Collection<Day> days() {
        return Collections.unmodifiableCollection(days.values());
    }

    @Override
    public String toString() {
        return "HolidayCalendar" + years() + ", arranged " + arranged;
    }
}
