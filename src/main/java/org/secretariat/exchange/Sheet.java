package org.secretariat.exchange;

import java.util.List;
import org.secretariat.i18n.Text;

/**
 * A table read from a spreadsheet or CSV: the header row and the data rows, with the row numbers
 * the user sees in Excel (1-based). Columns are 0-based indexes into {@code headers}.
 * {@code sheetName} is the worksheet read (empty for CSV), {@code sheets} every worksheet of the
 * file, and {@code skipped} the rows below the table that are notes, never imported.
 */
public record Sheet(String fileName, String sheetName, List<SheetInfo> sheets, int headerRow, List<String> headers,
                    List<Row> rows, List<Skipped> skipped) {

    public Sheet(String fileName, int headerRow, List<String> headers, List<Row> rows) {
        this(fileName, "", List.of(), headerRow, headers, rows, List.of());
    }

    /** A data row; {@code cells} has one entry per header column (empty text where blank). */
    public record Row(int number, List<String> cells) {
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** A worksheet of the file: its 1-based position, name, rows with content, and whether a roster header was found. */
    public record SheetInfo(int number, String name, int rowsWithContent, boolean hasRosterHeader) {
    }

    /** A row left out of the import, with why (a note under the table, 填表人, …). */
    public record Skipped(int number, String text, Text reason) {
    }

    /** The worksheets other than the one read (for 「本文件还有工作表」). */
    public List<SheetInfo> otherSheets() {
        return sheets.stream().filter(s -> !s.name().equals(sheetName)).toList();
    }
}
