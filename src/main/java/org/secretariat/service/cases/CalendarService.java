package org.secretariat.service.cases;

import java.time.LocalDate;
import java.util.List;
import org.secretariat.charter.HolidayCalendar;
import org.secretariat.charter.WorkCalendar;
import org.secretariat.domain.Holiday;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.HolidayRepository;

/**
 * The working-day calendar: Chinese public holidays and make-up working days as the State Council
 * sets them each year (the current and next year come filled in), editable by the secretariat, and
 * which years' notices are entered in full.
 */
public final class CalendarService {

    private final Database db;
    private final HolidayRepository holidays = new HolidayRepository();
    private volatile HolidayCalendar cached;

    public CalendarService(Database db) {
        this.db = db;
    }

    /** The calendar as stored now; read once and kept until it is edited. */
    public WorkCalendar current() {
        HolidayCalendar c = cached;
        if (c == null) {
            c = db.fromTransaction(s -> new HolidayCalendar(holidays.all(s).stream()
                    .map(h -> new HolidayCalendar.Day(h.getDay(), h.isHoliday(), h.getName())).toList(),
                    holidays.arrangedYears(s)));
            cached = c;
        }
        return c;
    }

    public List<HolidayCalendar.Day> days() {
        return db.fromTransaction(s -> holidays.all(s).stream()
                .map(h -> new HolidayCalendar.Day(h.getDay(), h.isHoliday(), h.getName())).toList());
    }

    /** Adds or changes a day: a holiday, or a weekend day that is worked (调休上班). */
    public void save(LocalDate day, boolean holiday, String name) {
        if (day == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a calendar day needs a date and a name");
        }
        db.inTransaction(s -> holidays.save(s, new Holiday(day, holiday ? Holiday.Kind.HOLIDAY : Holiday.Kind.WORKDAY,
                name.strip())));
        cached = null;
    }

    public void delete(LocalDate day) {
        db.inTransaction(s -> holidays.delete(s, day));
        cached = null;
    }

    /** The years whose State Council notice is entered in full, in order. */
    public List<Integer> arrangedYears() {
        return db.fromTransaction(holidays::arrangedYears);
    }

    /**
     * Marks the year's notice as entered in full ({@code arranged} true) or not: deadlines counted
     * through a year not marked say that they went by weekends alone.
     */
    public void setArranged(int year, boolean arranged) {
        db.inTransaction(s -> {
            if (arranged) {
                holidays.markArranged(s, year, "国务院办公厅关于" + year + "年部分节假日安排的通知");
            } else {
                holidays.unmarkArranged(s, year);
            }
        });
        cached = null;
    }
}
