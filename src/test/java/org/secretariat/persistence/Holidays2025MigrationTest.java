package org.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.Holiday;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

/** The V8 migration: the 2025 notice as published, added to new and existing data folders alike. */
class Holidays2025MigrationTest {

    /** 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）, the arrangement as published. */
    static final String NOTICE = String.join("\n",
            "一、元旦：1月1日（周三）放假1天，不调休。",
            "二、春节：1月28日（农历除夕、周二）至2月4日（农历正月初七、周二）放假调休，共8天。1月26日（周日）、2月8日（周六）上班。",
            "三、清明节：4月4日（周五）至6日（周日）放假，共3天。",
            "四、劳动节：5月1日（周四）至5日（周一）放假调休，共5天。4月27日（周日）上班。",
            "五、端午节：5月31日（周六）至6月2日（周一）放假，共3天。",
            "六、国庆节、中秋节：10月1日（周三）至8日（周三）放假调休，共8天。9月28日（周日）、10月11日（周六）上班。");

    private static final Pattern DAY = Pattern.compile("(?:(\\d+)月)?(\\d+)日（(?:农历[^、]+、)?周([一二三四五六日])）");
    private static final String WEEK = "一二三四五六日";

    @TempDir
    Path dir;

    private final HolidayRepository holidays = new HolidayRepository();

    /** Every 「M月D日（周X）」 of the notice, a day without a month taking the month before it. */
    private static Map<LocalDate, DayOfWeek> namedDays() {
        Map<LocalDate, DayOfWeek> named = new TreeMap<>();
        Matcher m = DAY.matcher(NOTICE);
        int month = 0;
        while (m.find()) {
            month = m.group(1) != null ? Integer.parseInt(m.group(1)) : month;
            named.put(LocalDate.of(2025, month, Integer.parseInt(m.group(2))),
                    DayOfWeek.of(WEEK.indexOf(m.group(3)) + 1));
        }
        return named;
    }

    @Test
    void everyWeekdayTheNoticeNamesIsTheOneJavaTimeGives() {
        Map<LocalDate, DayOfWeek> named = namedDays();
        assertEquals(16, named.size(), named.toString());
        named.forEach((day, weekday) -> assertEquals(weekday, day.getDayOfWeek(), day.toString()));
    }

    @Test
    void aNewDataFolderHolds2025AsTheNoticeSetsIt() throws Exception {
        try (AppContext ctx = TestWorkspace.openData(dir, TestWorkspace.CLOCK)) {
            Map<LocalDate, Holiday> byDay = year2025(ctx);
            List<LocalDate> off = new ArrayList<>();
            off.add(LocalDate.of(2025, 1, 1));
            range(off, "2025-01-28", "2025-02-04");
            range(off, "2025-04-04", "2025-04-06");
            range(off, "2025-05-01", "2025-05-05");
            range(off, "2025-05-31", "2025-06-02");
            range(off, "2025-10-01", "2025-10-08");
            assertEquals(1 + 8 + 3 + 5 + 3 + 8, off.size());
            List<LocalDate> worked = List.of(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8), LocalDate.of(2025, 4, 27),
                    LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
            assertEquals(off.size() + worked.size(), byDay.size(), byDay.keySet().toString());
            off.forEach(d -> assertTrue(byDay.get(d).isHoliday(), d + " is a holiday"));
            worked.forEach(d -> {
                assertFalse(byDay.get(d).isHoliday(), d + " is worked");
                assertTrue(d.getDayOfWeek().getValue() >= 6, d + " is a weekend day made a working day");
            });
            assertEquals("春节", byDay.get(LocalDate.of(2025, 1, 26)).getName());
            assertEquals("国庆节、中秋节", byDay.get(LocalDate.of(2025, 10, 6)).getName());
            assertEquals(List.of(2025, 2026), ctx.calendar().arrangedYears(), "2027 lists statutory days only");
        }
    }

    @Test
    void daysTheSecretariatEnteredFor2025BeforeTheUpgradeAreKept() throws Exception {
        String url = Database.url(dir, Database.Mode.LOCAL);
        Flyway.configure().dataSource(url, "sa", "").locations(SchemaVersion.locations(SchemaVersion.H2)).target("6").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO holiday (calendar_day, kind, name) VALUES (DATE '2025-10-06', 'HOLIDAY', '中秋节'),"
                    + " (DATE '2025-12-31', 'HOLIDAY', '单位自定')");
            st.execute("SHUTDOWN");
        }
        try (AppContext ctx = AppContext.open(dir, "test", TestWorkspace.CLOCK)) {
            Map<LocalDate, Holiday> byDay = year2025(ctx);
            assertEquals("中秋节", byDay.get(LocalDate.of(2025, 10, 6)).getName(), "the typed-in row is not replaced");
            assertEquals("单位自定", byDay.get(LocalDate.of(2025, 12, 31)).getName());
            assertEquals("国庆节、中秋节", byDay.get(LocalDate.of(2025, 10, 7)).getName(), "the rest of the notice is added");
            assertEquals(28 + 5 + 1, byDay.size());
        }
    }

    private Map<LocalDate, Holiday> year2025(AppContext ctx) {
        Map<LocalDate, Holiday> byDay = new TreeMap<>();
        ctx.database().fromTransaction(holidays::all).stream().filter(h -> h.getDay().getYear() == 2025)
                .forEach(h -> byDay.put(h.getDay(), h));
        return byDay;
    }

    private static void range(List<LocalDate> days, String first, String last) {
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            days.add(d);
        }
    }
}
