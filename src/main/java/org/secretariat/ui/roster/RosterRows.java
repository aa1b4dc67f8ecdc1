package org.secretariat.ui.roster;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableListBase;
import org.secretariat.service.roster.UnitRow;

/**
 * The rows the roster table shows: the sorted rows that pass the filters, in their order. Unlike a
 * {@code FilteredList}, which reports every new predicate as "all rows replaced" (the table then
 * rebuilds every cell), a filter change reports only the rows that left and the rows that came
 * back: typing on removes rows, deleting or clearing the search adds them, and a keystroke that
 * leaves the same rows reports nothing. A new sort order is reported as a permutation, so the
 * selection follows its row; new rows (a reload) replace the lot.
 */
final class RosterRows extends ObservableListBase<UnitRow> {

    private static final int[] NONE = new int[0];

    private final ObservableList<UnitRow> source;
    private Predicate<UnitRow> filter = r -> true;
    private UnitRow[] sorted = new UnitRow[0]; // the source's rows, copied when it changes
    private int[] shown = NONE; // ascending positions in sorted of the rows shown

    /** The rows of {@code source} (the sorted rows), all shown until {@link #filter} says otherwise. */
    RosterRows(ObservableList<UnitRow> source) {
        this.source = source;
        source.addListener((ListChangeListener<UnitRow>) this::sourceChanged);
        sorted = source.toArray(new UnitRow[0]);
        shown = passing(null);
    }

    @Override
    public UnitRow get(int index) {
        return sorted[shown[index]];
    }

    @Override
    public int size() {
        return shown.length;
    }

    /**
     * Shows the rows that pass {@code filter}. {@code narrower}: it passes no row the current
     * filter fails (the search text grew), so only the rows shown now are tested.
     */
    void filter(Predicate<UnitRow> filter, boolean narrower) {
        this.filter = filter;
        int[] before = shown;
        int[] next = passing(narrower ? before : null);
        if (Arrays.equals(before, next)) {
            return; // the same rows: nothing for the table to do
        }
        shown = next;
        beginChange();
        // both are ascending: walk them together; at = the index in the list as changed so far
        int at = 0;
        int i = 0;
        int j = 0;
        while (i < before.length || j < next.length) {
            int was = i < before.length ? before[i] : Integer.MAX_VALUE;
            int is = j < next.length ? next[j] : Integer.MAX_VALUE;
            if (was < is) {
                nextRemove(at, sorted[was]);
                i++;
            } else if (is < was) {
                nextAdd(at, at + 1);
                at++;
                j++;
            } else {
                at++;
                i++;
                j++;
            }
        }
        endChange();
    }

    /** The positions of the rows passing the filter: among {@code among} if given, else among all. */
    private int[] passing(int[] among) {
        int n = among == null ? sorted.length : among.length;
        int[] result = new int[n];
        int found = 0;
        for (int k = 0; k < n; k++) {
            int p = among == null ? k : among[k];
            if (filter.test(sorted[p])) {
                result[found++] = p;
            }
        }
        return found == n ? result : Arrays.copyOf(result, found);
    }

    private void sourceChanged(ListChangeListener.Change<? extends UnitRow> c) {
        boolean permuted = true;
        while (c.next()) {
            permuted &= c.wasPermutated();
        }
        if (permuted) {
            reorder();
        } else {
            replace();
        }
    }

    /** The same rows in a new order: reported as a permutation of the rows shown. */
    private void reorder() {
        Map<UnitRow, Integer> was = new IdentityHashMap<>(shown.length * 2);
        for (int i = 0; i < shown.length; i++) {
            was.put(sorted[shown[i]], i);
        }
        sorted = source.toArray(new UnitRow[0]);
        int[] next = new int[shown.length];
        int[] permutation = new int[shown.length];
        int found = 0;
        for (int p = 0; p < sorted.length; p++) {
            Integer old = was.get(sorted[p]);
            if (old != null) {
                permutation[old] = found;
                next[found++] = p;
            }
        }
        shown = next;
        beginChange();
        nextPermutation(0, next.length, permutation);
        endChange();
    }

    /** New rows: filtered afresh, reported as every row replaced. */
    private void replace() {
        List<UnitRow> old = List.copyOf(this);
        sorted = source.toArray(new UnitRow[0]);
        shown = passing(null);
        if (old.isEmpty() && shown.length == 0) {
            return;
        }
        beginChange();
        nextRemove(0, old);
        nextAdd(0, shown.length);
        endChange();
    }
}
