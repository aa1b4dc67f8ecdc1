package org.secretariat.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.UnitType;
import org.secretariat.service.roster.UnitRow;
import org.secretariat.ui.roster.RosterOrder.Column;
import org.secretariat.ui.roster.RosterOrder.SortKey;

/** Sorting by precomputed ranks gives exactly the order the Chinese collator gave, ties in loaded order. */
class RosterOrderTest {

    private static final String CHARS = "新乡郑州学院科技电子公司张王李中心Aa1 ";

    private static List<UnitRow> rows(long seed, int n) {
        Random r = new Random(seed);
        List<UnitRow> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new UnitRow(i, text(r), r.nextInt(5) == 0 ? null : text(r),
                    UnitType.values()[r.nextInt(UnitType.values().length)], "t" + r.nextInt(3), "级别", r.nextInt(3) - 1,
                    MemberStatus.values()[r.nextInt(MemberStatus.values().length)],
                    r.nextInt(4) == 0 ? null : LocalDate.of(2020, 1, 1 + r.nextInt(5)), text(r), null,
                    r.nextInt(4) == 0 ? null : text(r), text(r), text(r), null, "", ""));
        }
        return rows;
    }

    private static String text(Random r) {
        StringBuilder b = new StringBuilder();
        for (int i = r.nextInt(3); i >= 0; i--) {
            b.append(CHARS.charAt(r.nextInt(CHARS.length())));
        }
        return b.toString();
    }

    private static List<Long> ids(List<UnitRow> rows) {
        return rows.stream().map(UnitRow::id).toList();
    }

    private static List<UnitRow> sorted(List<UnitRow> rows, Comparator<UnitRow> c) {
        List<UnitRow> copy = new ArrayList<>(rows);
        copy.sort(c); // stable, as SortedList is
        return copy;
    }

    @Test
    void everyColumnSortsAsTheCollatorAndTheValuesWouldOverGeneratedRows() {
        Collator chinese = Collator.getInstance(Locale.CHINA);
        Comparator<String> byPinyin = Comparator.nullsFirst(chinese::compare);
        for (long seed = 1; seed <= 20; seed++) {
            List<UnitRow> rows = rows(seed, 300);
            RosterOrder order = new RosterOrder(rows, r -> r.unitType().name(), r -> r.status().name());
            assertEquals(ids(sorted(rows, Comparator.comparing(UnitRow::name, byPinyin))),
                    ids(sorted(rows, order.comparator(List.of(new SortKey(Column.NAME, true))))), "seed " + seed);
            assertEquals(ids(sorted(rows, Comparator.comparing(UnitRow::creditCode, byPinyin).reversed())),
                    ids(sorted(rows, order.comparator(List.of(new SortKey(Column.CODE, false))))), "seed " + seed);
            assertEquals(ids(sorted(rows, Comparator.comparing(UnitRow::joinDate, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())))),
                    ids(sorted(rows, order.comparator(List.of(new SortKey(Column.JOIN, true))))), "seed " + seed);
            Comparator<UnitRow> tierThenContact = Comparator.comparingInt(UnitRow::tierRank).reversed()
                    .thenComparing(UnitRow::contactName, byPinyin);
            assertEquals(ids(sorted(rows, tierThenContact)), ids(sorted(rows, order.comparator(
                    List.of(new SortKey(Column.TIER, false), new SortKey(Column.CONTACT, true))))), "seed " + seed);
            assertEquals(ids(sorted(rows, Comparator.comparing(r -> r.unitType().name(), byPinyin))),
                    ids(sorted(rows, order.comparator(List.of(new SortKey(Column.TYPE, true))))), "seed " + seed);
        }
    }

    @Test
    void noSortKeyKeepsTheLoadedOrder() {
        assertNull(new RosterOrder(rows(1, 10), r -> "", r -> "").comparator(List.of()));
    }

    @Test
    void aQueryIsNormalisedOnceAndMatchesAsBefore() {
        assertEquals("xinxiang", UnitRow.normalise("  Xin Xiang "));
        assertEquals("", UnitRow.normalise("   "));
        assertEquals("", UnitRow.normalise(null));
        UnitRow row = rows(3, 1).get(0);
        assertEquals(row.matches(""), row.matchesNormalised(UnitRow.normalise("")));
    }
}
