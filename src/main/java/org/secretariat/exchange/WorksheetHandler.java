package org.secretariat.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One pass of SAX over a worksheet's XML (xl/worksheets/sheetN.xml): every row's cells as text
 * (the first {@code maxColumns} of them; a later one with a value still makes the row count) and
 * the merged regions listed after the rows. Rows and cells without their r attribute follow the
 * previous one, as POI's usermodel places them; rows out of order are put in order, the last of
 * two with the same number kept.
 */
final class WorksheetHandler extends DefaultHandler {

    /** A row as read: its 0-based index, its cells, whether it shows a value. */
    private record Row(int index, List<String> cells, boolean content, boolean hidden) {
    }

    private final XlsxCellText texts;
    private final int maxRows;
    private final int maxColumns;
    private final List<Row> rows = new ArrayList<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private final List<CellRangeAddress> arrayFormulas = new ArrayList<>();
    private final StringBuilder chars = new StringBuilder();
    private boolean inOrder = true;
    private int lastRow = -1;

    private int row;
    private List<String> cells;
    private int lastColumn;
    private boolean contentBeyond;
    private boolean rowHidden;

    private int column;
    private String type;
    private int style;
    private boolean formula;
    private String value;
    private String inline;
    private boolean inValue;
    private boolean inInline;
    private boolean inText;
    private boolean inPhonetic;

    WorksheetHandler(XlsxCellText texts, int maxRows, int maxColumns) {
        this.texts = texts;
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "row" -> {
                String r = atts.getValue("r");
                row = r == null ? lastRow + 1 : Integer.parseInt(r) - 1;
                cells = new ArrayList<>();
                lastColumn = -1;
                contentBeyond = false;
                String hidden = atts.getValue("hidden");
                rowHidden = "1".equals(hidden) || "true".equals(hidden);
            }
            case "c" -> {
                String r = atts.getValue("r");
                column = r == null ? lastColumn + 1 : column(r);
                type = atts.getValue("t");
                String s = atts.getValue("s");
                style = s == null || s.isEmpty() ? -1 : Integer.parseInt(s);
                formula = false;
                value = null;
                inline = null;
            }
            case "f" -> {
                String t = atts.getValue("t");
                formula = !"dataTable".equals(t); // POI's usermodel does not take a data table for a formula
                String ref = atts.getValue("ref");
                if ("array".equals(t) && ref != null) {
                    arrayFormulas.add(CellRangeAddress.valueOf(ref));
                }
            }
            case "v" -> start(true);
            case "is" -> inInline = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> {
                if (inInline && !inPhonetic) {
                    start(false);
                    inText = true;
                }
            }
            case "mergeCell" -> {
                String ref = atts.getValue("ref");
                if (ref != null) {
                    merged.add(CellRangeAddress.valueOf(ref));
                }
            }
            default -> {
                // other elements (sheet views, columns, styles of rows) do not change the text
            }
        }
    }

    private void start(boolean v) {
        chars.setLength(0);
        inValue = v;
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue || inText) {
            chars.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> {
                value = chars.toString();
                inValue = false;
            }
            case "t" -> {
                if (inText) {
                    inline = inline == null ? chars.toString() : inline + chars;
                    chars.setLength(0);
                    inText = false;
                }
            }
            case "rPh" -> inPhonetic = false;
            case "is" -> {
                inInline = false;
                if (inline == null) {
                    inline = ""; // an inline string without text
                }
            }
            case "c" -> endCell();
            case "row" -> endRow();
            default -> {
                // nothing to close
            }
        }
    }

    private void endCell() {
        boolean inArray = !formula && !arrayFormulas.isEmpty() && inArrayFormula();
        String text = texts.text(type, style, formula || inArray, value, inline);
        if (column < maxColumns) {
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, text);
        } else if (SheetText.hasText(text)) {
            contentBeyond = true;
        }
        lastColumn = Math.max(lastColumn, column);
    }

    private boolean inArrayFormula() {
        for (CellRangeAddress range : arrayFormulas) {
            if (range.isInRange(row, column)) {
                return true;
            }
        }
        return false;
    }

    private void endRow() {
        int size = Math.min(lastColumn + 1, maxColumns);
        boolean content = contentBeyond;
        for (int c = 0; c < size; c++) {
            String text = c < cells.size() ? cells.get(c) : null;
            if (text == null) {
                text = "";
                if (c < cells.size()) {
                    cells.set(c, text);
                } else {
                    cells.add(text);
                }
            }
            content = content || SheetText.hasText(text);
        }
        if (row <= lastRow) {
            inOrder = false;
        }
        rows.add(new Row(row, row < maxRows ? cells : new ArrayList<>(), content, rowHidden));
        lastRow = Math.max(lastRow, row);
        cells = null;
    }

    /** The worksheet's text, once the parse is over. */
    SheetText result(String name) {
        List<Row> ordered = rows;
        if (!inOrder) {
            ordered = new ArrayList<>(rows);
            ordered.sort(Comparator.comparingInt(Row::index)); // stable: of two rows numbered alike, the later stays last
        }
        SheetText.Builder builder = new SheetText.Builder(maxRows);
        for (int i = 0; i < ordered.size(); i++) {
            Row r = ordered.get(i);
            if (i + 1 < ordered.size() && ordered.get(i + 1).index() == r.index()) {
                continue; // POI keeps the later of two rows with the same number
            }
            builder.add(r.index(), r.cells(), r.content(), r.hidden());
        }
        return builder.build(name, List.copyOf(merged));
    }

    /** The 0-based column of a reference such as "AB12" (or "$AB$12"). */
    static int column(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch == '$') {
                continue;
            }
            int letter = Character.toUpperCase(ch) - 'A';
            if (letter < 0 || letter >= 26) {
                break;
            }
            col = col * 26 + letter + 1;
        }
        return col - 1;
    }
}
