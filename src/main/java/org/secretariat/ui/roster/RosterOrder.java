package org.secretariat.ui.roster;

import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.secretariat.service.roster.UnitRow;

/**
 * The roster table's sort orders, worked out once per load: for each column, every row's rank in
 * that column's order (Chinese collation for text, the charter's rank for tiers, dates by date),
 * so sorting compares two integers instead of collating two strings. A column's ranks are computed
 * the first time it is sorted by; rows of equal value share a rank, so ties keep the loaded order.
 */
public final class RosterOrder {

    /** The sortable columns of the roster table. */
    public enum Column { NAME, TIER, TYPE, STATUS, JOIN, CODE, LEGAL, CONTACT, PHONE, EMAIL }

    /** One level of the table's sort order. */
    public record SortKey(Column column, boolean ascending) {
    }

    private final List<UnitRow> rows;
    private final Map<UnitRow, Integer> index;
    private final Function<UnitRow, String> typeText;
    private final Function<UnitRow, String> statusText;
    private final int[][] ranks = new int[Column.values().length][];

    List<UnitRow> rows() {
        return rows;
    }

    RosterOrder(List<UnitRow> rows, Function<UnitRow, String> typeText, Function<UnitRow, String> statusText) {
        this.rows = List.copyOf(rows);
        this.index = new IdentityHashMap<>(rows.size() * 2);
        for (int i = 0; i < this.rows.size(); i++) {
            index.put(this.rows.get(i), i);
        }
        this.typeText = typeText;
        this.statusText = statusText;
    }

    /** The rows in the given order, or null (the loaded order) when there is none. */
    Comparator<UnitRow> comparator(List<SortKey> keys) {
        Comparator<UnitRow> result = null;
        for (SortKey key : keys) {
            int[] rank = ranks(key.column());
            Comparator<UnitRow> level = (a, b) -> Integer.compare(rank[index.get(a)], rank[index.get(b)]);
            level = key.ascending() ? level : level.reversed();
            result = result == null ? level : result.thenComparing(level);
        }
        return result;
    }

    /** Every row's rank in the column's order: computed once, then shared by every sort. */
    synchronized int[] ranks(Column column) {
        int[] r = ranks[column.ordinal()];
        if (r == null) {
            r = switch (column) {
                case NAME -> collated(UnitRow::name);
                case TIER -> byInt(UnitRow::tierRank);
                case TYPE -> collated(typeText);
                case STATUS -> collated(statusText);
                case JOIN -> byDate(UnitRow::joinDate);
                case CODE -> collated(UnitRow::creditCode);
                case LEGAL -> collated(UnitRow::legalRepresentative);
                case CONTACT -> collated(UnitRow::contactName);
                case PHONE -> collated(UnitRow::phone);
                case EMAIL -> collated(UnitRow::email);
            };
            ranks[column.ordinal()] = r;
        }
        return r;
    }

    /** Ranks by the Chinese collator, as the table sorted before (nulls first): one collation key per value. */
    private int[] collated(Function<UnitRow, String> value) {
        Collator chinese = Collator.getInstance(Locale.CHINA);
        Map<String, CollationKey> keys = new java.util.HashMap<>();
        CollationKey[] perRow = new CollationKey[rows.size()];
        for (int i = 0; i < perRow.length; i++) {
            String v = value.apply(rows.get(i));
            perRow[i] = v == null ? null : keys.computeIfAbsent(v, chinese::getCollationKey);
        }
        return rank(perRow, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    private int[] byInt(Function<UnitRow, Integer> value) {
        Integer[] perRow = rows.stream().map(value).toArray(Integer[]::new);
        return rank(perRow, Comparator.naturalOrder());
    }

    private int[] byDate(Function<UnitRow, LocalDate> value) {
        LocalDate[] perRow = rows.stream().map(value).toArray(LocalDate[]::new);
        return rank(perRow, Comparator.nullsFirst(Comparator.naturalOrder()));
    }

    /** Dense ranks: rows whose values compare equal get the same rank. */
    private static <T> int[] rank(T[] perRow, Comparator<? super T> order) {
        Integer[] positions = new Integer[perRow.length];
        Arrays.setAll(positions, i -> i);
        Arrays.sort(positions, (a, b) -> order.compare(perRow[a], perRow[b]));
        int[] rank = new int[perRow.length];
        int current = 0;
        for (int i = 0; i < positions.length; i++) {
            if (i > 0 && order.compare(perRow[positions[i - 1]], perRow[positions[i]]) != 0) {
                current++;
            }
            rank[positions[i]] = current;
        }
        return rank;
    }
}
