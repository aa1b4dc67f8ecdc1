package org.secretariat.document;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Places paragraphs and tables in the text block page after page, the way Word does:
 *
 * <ul>
 * <li>text lines sit on a fixed 28.95 pt pitch, baselines 80% down each line (OpenPDF would put
 * them at the bottom), so the block holds 22 lines;</li>
 * <li>paragraphs are set one line per {@link ColumnText#go()} call: OpenPDF otherwise spaces the
 * last line of a justified paragraph like the line above it, which spreads a short last line
 * after a line stretched around a long e-mail address;</li>
 * <li>a table starts at the bottom of the line above it (at the top of the block on a new page)
 * and the next line starts at the table's bottom; a table whose header and first row do not fit
 * in the space left starts on a new page (OpenPDF would drop a table placed in too little
 * space);</li>
 * <li>page breaks follow {@link Pagination}: headings kept with what follows, the signature block
 * whole with the last two lines of the body, no single line of a paragraph alone on a page.</li>
 * </ul>
 */
final class PdfFlow {

    private static final float EPSILON = 0.01f;

    /** The elements of one block and how they may be broken across pages. */
    record Item(List<Element> elements, Pagination.Keep keep) {
        boolean isTable() {
            return elements.size() == 1 && elements.get(0) instanceof PdfPTable;
        }
    }

    private final Document document;
    private final PdfWriter writer;
    private final float line = (float) Layout.LINE_PT;
    private final float raise = (float) Layout.BASELINE_RAISE_PT;
    /** Bottom of the last line or table placed, before the raise; the top of the block on a new page. */
    private float y;
    private boolean pageTop = true;

    PdfFlow(Document document, PdfWriter writer) {
        this.document = document;
        this.writer = writer;
        this.y = document.top();
    }

    /** Places the items, continuing from where the previous call stopped. */
    void add(List<Item> items) {
        int[] lines = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            lines[i] = items.get(i).isTable() ? 0 : measure(items.get(i));
        }
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            if (item.isTable()) {
                table((PdfPTable) item.elements().get(0));
            } else {
                lines(item, lines[i], item.keep().keepNext() ? chain(items, lines, i) : 0);
            }
        }
    }

    /** Starts a new page (nothing happens if the current one is still empty). */
    void newPage() {
        if (!pageTop) {
            document.newPage();
            pageTop = true;
            y = document.top();
        }
    }

    /** Lines that must follow item {@code i} on its page: the kept items after it and the start of the next. */
    private int chain(List<Item> items, int[] lines, int i) {
        int need = 0;
        for (int j = i + 1; j < items.size(); j++) {
            Item next = items.get(j);
            if (next.isTable()) {
                return need + (int) Math.ceil(firstRowsHeight((PdfPTable) next.elements().get(0)) / line);
            }
            if (next.keep().keepNext() || next.keep().keepLines()) {
                need += lines[j];
            } else if (next.keep().widowControl() && lines[j] < 2 * Pagination.MIN_LINES_AT_BREAK) {
                need += lines[j]; // too short to leave two lines on each page
            } else {
                need += Math.min(lines[j], Pagination.MIN_LINES_AT_BREAK);
            }
            if (!next.keep().keepNext()) {
                return need;
            }
        }
        return need;
    }

    /** Number of lines the item takes, set in a column as wide as the text block. */
    private int measure(Item item) {
        int n = 0;
        for (Element e : item.elements()) {
            ColumnText column = new ColumnText(writer.getDirectContent());
            column.addElement(e);
            float top = 1_000_000f;
            column.setSimpleColumn(document.left(), 0, document.right(), top);
            column.go(true);
            n += Math.round((top - column.getYLine()) / line);
        }
        return n;
    }

    /** Whole lines that still fit on the page. */
    private int room() {
        return (int) Math.floor((y + raise - document.bottom() + EPSILON) / line);
    }

    private void lines(Item item, int total, int chain) {
        Deque<ColumnText> columns = new ArrayDeque<>();
        for (Element e : item.elements()) {
            ColumnText column = new ColumnText(writer.getDirectContent());
            column.addElement(e);
            columns.add(column);
        }
        Pagination.Keep keep = item.keep();
        int remaining = total;
        boolean started = false;
        while (!columns.isEmpty()) {
            int room = room();
            int here;
            if (remaining + chain <= room || remaining <= 0) {
                here = Integer.MAX_VALUE;
            } else if (keep.keepLines() && !pageTop) {
                here = 0;
            } else {
                here = Math.min(room, keep.keepNext() ? remaining - Pagination.MIN_LINES_AT_BREAK : remaining);
                if (keep.widowControl() && remaining - here < Pagination.MIN_LINES_AT_BREAK) {
                    here = remaining - Pagination.MIN_LINES_AT_BREAK;
                }
                if (keep.widowControl() && !started && here < Pagination.MIN_LINES_AT_BREAK && !pageTop) {
                    here = 0;
                }
                if (here <= 0 && pageTop) {
                    here = Math.max(1, room); // a page cannot hold the rule: fill it
                }
            }
            int placed = 0;
            while (!columns.isEmpty() && placed < here && room() > 0) {
                if (oneLine(columns)) {
                    placed++;
                    started = true;
                }
            }
            remaining -= placed;
            if (!columns.isEmpty()) {
                breakPage(placed);
            }
        }
    }

    /** Sets the next line of the first column; true if a line was placed. */
    private boolean oneLine(Deque<ColumnText> columns) {
        ColumnText column = columns.peek();
        float top = y + raise;
        column.setSimpleColumn(document.left(), top - line - EPSILON, document.right(), top);
        int status = column.go();
        boolean placed = column.getYLine() < top;
        if (placed) {
            y = column.getYLine() - raise;
            pageTop = false;
        }
        if (!ColumnText.hasMoreText(status)) {
            columns.poll();
        } else if (!placed) {
            breakPage(0);
        }
        return placed;
    }

    private void breakPage(int placed) {
        if (pageTop && placed == 0) {
            throw new DocumentException("a line does not fit on an empty page");
        }
        newPage();
    }

    /** Height of the header rows and the first body row, which must start on the same page. */
    private static float firstRowsHeight(PdfPTable table) {
        int rows = Math.min(table.size(), table.getHeaderRows() + 1);
        float h = 0;
        for (int r = 0; r < rows; r++) {
            h += table.getRowHeight(r);
        }
        return h;
    }

    private void table(PdfPTable table) {
        if (!pageTop && y - document.bottom() < firstRowsHeight(table) - EPSILON) {
            newPage();
        }
        ColumnText column = new ColumnText(writer.getDirectContent());
        column.addElement(table);
        while (true) {
            column.setSimpleColumn(document.left(), document.bottom(), document.right(), y);
            int status = column.go();
            boolean placed = column.getYLine() < y;
            if (placed) {
                y = column.getYLine();
                pageTop = false;
            }
            if (!ColumnText.hasMoreText(status)) {
                return;
            }
            if (!placed && pageTop) {
                throw new DocumentException("a table row is taller than the page");
            }
            document.newPage();
            pageTop = true;
            y = document.top();
        }
    }

    /** Where the next line would start: the bottom of the last line or table placed. */
    float position() {
        return y;
    }
}
