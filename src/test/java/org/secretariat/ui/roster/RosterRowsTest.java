package org.secretariat.ui.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.UnitType;
import org.secretariat.service.roster.UnitRow;

/** The table's rows report what changed: rows leaving, rows coming back, a new order; never more than one change. */
class RosterRowsTest {

    private static UnitRow row(int id, String search) {
        return new UnitRow(id, "单位" + id, "", UnitType.values()[0], null, null, 0, MemberStatus.values()[0], null,
                null, null, null, null, null, null, null, search);
    }

    private final ObservableList<UnitRow> all = FXCollections.observableArrayList(
            IntStream.range(0, 40).mapToObj(i -> row(i, (i % 2 == 0 ? "ab" : "") + (i % 3 == 0 ? "c" : "") + i)).toList());
    private final SortedList<UnitRow> sorted = new SortedList<>(all);
    private final RosterRows rows = new RosterRows(sorted);
    private final List<ListChangeListener.Change<? extends UnitRow>> changes = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();

    RosterRowsTest() {
        rows.addListener((ListChangeListener<UnitRow>) c -> {
            changes.add(c);
            while (c.next()) {
                kinds.add(c.wasPermutated() ? "permuted" : c.wasReplaced() ? "replaced" : c.wasAdded() ? "added" : "removed");
            }
        });
    }

    private void filter(String text, boolean narrower) {
        changes.clear();
        kinds.clear();
        rows.filter(r -> r.searchText().contains(text), narrower);
        assertEquals(sorted.stream().filter(r -> r.searchText().contains(text)).toList(), List.copyOf(rows), text);
    }

    @Test
    void narrowingOnlyRemovesWideningOnlyAddsAndTheSameRowsChangeNothing() {
        assertEquals(all, List.copyOf(rows));
        filter("a", true);
        assertEquals(1, changes.size());
        assertEquals(List.of("removed"), kinds.stream().distinct().toList());
        filter("ab", true); // the same rows
        assertTrue(changes.isEmpty());
        filter("ab1", true);
        assertEquals(List.of("removed"), kinds.stream().distinct().toList());
        filter("", false);
        assertEquals(1, changes.size());
        assertEquals(List.of("added"), kinds.stream().distinct().toList());
        assertEquals(all, List.copyOf(rows));
    }

    @Test
    void anotherFilterRemovesAndAddsInOneChange() {
        filter("ab", false);
        filter("c", false);
        assertEquals(1, changes.size());
        assertTrue(kinds.size() > 1);
    }

    @Test
    void aNewOrderIsAPermutationOfTheRowsShownAndNewRowsReplaceThem() {
        filter("c", false);
        changes.clear();
        kinds.clear();
        sorted.setComparator(Comparator.comparingLong(UnitRow::id).reversed());
        assertEquals(List.of("permuted"), kinds);
        assertEquals(sorted.stream().filter(r -> r.searchText().contains("c")).toList(), List.copyOf(rows));

        kinds.clear();
        all.setAll(row(100, "c"), row(101, "d"), row(102, "cc"));
        assertEquals(List.of("replaced"), kinds);
        assertEquals(List.of(102L, 100L), rows.stream().map(UnitRow::id).toList());
        Predicate<UnitRow> none = r -> false;
        rows.filter(none, true);
        assertFalse(rows.iterator().hasNext());
    }
}
