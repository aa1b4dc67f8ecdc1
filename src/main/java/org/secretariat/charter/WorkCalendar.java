package org.secretariat.charter;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Which days are working days (工作日): weekends and statutory holidays are not, the make-up
 * working days (调休上班) of the State Council's yearly holiday notice are.
 */
public interface WorkCalendar {

    /** No holidays known: Monday to Friday are working days, Saturday and Sunday are not. */
    WorkCalendar WEEKENDS_ONLY = new WorkCalendar() {
        @Override
        public boolean isWorkingDay(LocalDate d) {
            return !isWeekend(d);
        }

        @Override
        public boolean isStatutoryHoliday(LocalDate d) {
            return false;
        }

        @Override
        public String toString() {
            return "WorkCalendar.WEEKENDS_ONLY";
        }
    };

    boolean isWorkingDay(LocalDate d);

    /**
     * A day of the holiday (法定节假日 放假) as the State Council's notice sets it, including the
     * weekend days inside a holiday block (国庆节 10月1日至7日 counts all seven).
     */
    boolean isStatutoryHoliday(LocalDate d);

    /**
     * Whether the State Council's notice for the year is entered: if not, that year's days are
     * counted on weekends (and whatever statutory days are listed) alone, which may be wrong.
     * {@link #WEEKENDS_ONLY} arranges no year.
     */
    default boolean isArranged(int year) {
        return false;
    }

    static boolean isWeekend(LocalDate d) {
        DayOfWeek w = d.getDayOfWeek();
        return w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
    }
}
