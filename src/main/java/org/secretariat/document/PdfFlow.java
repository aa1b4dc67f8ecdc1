package org.secretariat.document;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
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
 * and the next line starts at the table's bottom.</li>
 * </ul>
 */
final class PdfFlow {

    private static final float EPSILON = 0.01f;

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

    /** Places the elements, continuing from where the previous call stopped. */
    void add(List<Element> elements) {
        for (Element e : elements) {
            ColumnText column = new ColumnText(writer.getDirectContent());
            column.addElement(e);
            if (e instanceof PdfPTable) {
                table(column);
            } else {
                lines(column);
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

    private void lines(ColumnText column) {
        while (true) {
            float top = y + raise;
            if (top - line < document.bottom() - EPSILON) {
                breakPage("a line");
                continue;
            }
            column.setSimpleColumn(document.left(), top - line - EPSILON, document.right(), top);
            int status = column.go();
            boolean placed = column.getYLine() < top;
            if (placed) {
                y = column.getYLine() - raise;
                pageTop = false;
            }
            if (!ColumnText.hasMoreText(status)) {
                return;
            }
            if (!placed) {
                breakPage("a line");
            }
        }
    }

    private void table(ColumnText column) {
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

    private void breakPage(String what) {
        if (pageTop) {
            throw new DocumentException(what + " does not fit on an empty page");
        }
        newPage();
    }

    /** Where the next line would start: the bottom of the last line or table placed. */
    float position() {
        return y;
    }
}
