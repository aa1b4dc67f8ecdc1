package org.secretariat.exchange;

import java.util.List;

/**
 * A table read from a spreadsheet or CSV: the header row and the data rows, with the row numbers
 * the user sees in Excel (1-based). Columns are 0-based indexes into {@code headers}.
 */
public record Sheet(String fileName, int headerRow, List<String> headers, List<Row> rows) {

    /** A data row; {@code cells} has one entry per header column (empty text where blank). */
    public record Row(int number, List<String> cells) {
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
