package org.secretariat.charter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The 2026 holiday notice (国务院办公厅关于2026年部分节假日安排的通知, 2025年11月4日) as a
 * calendar, typed in from the notice's text so the tests need no database.
 */
final class Notice2026 {

    private Notice2026() {
    }

    static HolidayCalendar calendar() {
        List<HolidayCalendar.Day> days = new ArrayList<>();
        off(days, "元旦", "2026-01-01", "2026-01-03");
        work(days, "元旦", "2026-01-04");
        off(days, "春节", "2026-02-15", "2026-02-23");
        work(days, "春节", "2026-02-14", "2026-02-28");
        off(days, "清明节", "2026-04-04", "2026-04-06");
        off(days, "劳动节", "2026-05-01", "2026-05-05");
        work(days, "劳动节", "2026-05-09");
        off(days, "端午节", "2026-06-19", "2026-06-21");
        off(days, "中秋节", "2026-09-25", "2026-09-27");
        off(days, "国庆节", "2026-10-01", "2026-10-07");
        work(days, "国庆节", "2026-09-20", "2026-10-10");
        return new HolidayCalendar(days);
    }

    private static void off(List<HolidayCalendar.Day> days, String name, String first, String last) {
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            days.add(new HolidayCalendar.Day(d, true, name));
        }
    }

    private static void work(List<HolidayCalendar.Day> days, String name, String... dates) {
        for (String d : dates) {
            days.add(new HolidayCalendar.Day(LocalDate.parse(d), false, name));
        }
    }
}
