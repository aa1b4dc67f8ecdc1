package org.secretariat.exchange;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One worksheet's text, every cell formatted once: the rows up to the last with a visible value
 * (at most {@code maxRows} of them kept, a missing row as no cells), the 0-based index of that row
 * (-1 if none), how many rows have a visible value, the worksheet's merged regions and its hidden rows. Styled
 * empty rows do not count. Built the same way by the streaming .xlsx reader and the .xls reader.
 */
record SheetText(String name, List<List<String>> rows, int last, int count, List<CellRangeAddress> merged,
                 java.util.Set<Integer> hidden) {

    /** Takes the rows in ascending order of their index; each row's cells are kept mutable. */
    static final class Builder {
        private final int maxRows;
        private final List<List<String>> rows = new ArrayList<>();
        private int last = -1;
        private int count;
        private final java.util.Set<Integer> hidden = new java.util.HashSet<>();

        Builder(int maxRows) {
            this.maxRows = maxRows;
        }

        /**
         * Row {@code r} (0-based), its cells, whether one of its cells (read or not) shows a value, and
         * whether the row is hidden in the sheet (hidden by hand or by a filter).
         */
        void add(int r, List<String> cells, boolean content, boolean hiddenRow) {
            if (hiddenRow) {
                hidden.add(r);
            }
            if (content) {
                count++;
                last = r;
            }
            if (r < maxRows) {
                while (rows.size() < r) {
                    rows.add(new ArrayList<>()); // a missing row reads as no cells
                }
                rows.add(cells);
            }
        }

        SheetText build(String name, List<CellRangeAddress> merged) {
            rows.subList(Math.min(last + 1, rows.size()), rows.size()).clear(); // styled empty rows below the table
            return new SheetText(name, rows, last, count, merged, java.util.Set.copyOf(hidden));
        }
    }

    /** What {@code !CellText.clean(text).isEmpty()} says, without building the cleaned text. */
    static boolean hasText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00A0' && c != '\u200B' && c != '\u200C'
                    && c != '\u200D' && c != '\uFEFF') {
                return true;
            }
        }
        return false;
    }
}
