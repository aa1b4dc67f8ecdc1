package org.secretariat.document;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Text as a reader sees it, for tests: the PDF page by page (page numbers left in), the .docx in
 * body order with table cells row by row. {@link #normalise} drops whitespace and the invisible
 * joiners the renderers insert, so texts can be compared across formats.
 */
public final class DocumentText {

    private DocumentText() {
    }

    /** The normalised text a reader finds in a written .docx or .pdf file (by its extension). */
    public static String of(java.nio.file.Path file) throws IOException {
        byte[] bytes = java.nio.file.Files.readAllBytes(file);
        return normalise(file.toString().endsWith(".docx") ? docx(bytes) : String.join("", pdfPages(bytes)));
    }

    /** The text of each PDF page, first page first. */
    public static List<String> pdfPages(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                List<String> pages = new ArrayList<>();
                for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                    pages.add(extractor.getTextFromPage(i));
                }
                return pages;
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page text without its 「— n —」 page number line. */
    public static String withoutPageNumber(String page) {
        return page.replaceAll("—\\s*\\d+\\s*—", "");
    }

    /** The lines of a PDF page as extracted, stripped, without empty lines and the page number. */
    public static List<String> pdfLines(String page) {
        return withoutPageNumber(page).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The .docx body text: paragraphs and table cells in reading order, one per line. */
    public static String docx(byte[] docx) {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder sb = new StringBuilder();
            for (IBodyElement e : d.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    sb.append(p.getText()).append('\n');
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            sb.append(cell.getText()).append('\n');
                        }
                    }
                }
            }
            return sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Without whitespace, no-break spaces, word joiners and soft hyphens; U+2011 as '-'. */
    public static String normalise(String s) {
        return s.replaceAll("[\\s\\u00a0\\u2060\\u200b\\u00ad\\ufeff]", "").replace('\u2011', '-');
    }

    /** Whether every piece occurs in {@code text} in the given order, after normalising both. */
    public static int firstMissing(String text, List<String> pieces) {
        String t = normalise(text);
        int at = 0;
        for (int i = 0; i < pieces.size(); i++) {
            String p = normalise(pieces.get(i));
            int found = t.indexOf(p, at);
            if (found < 0) {
                return i;
            }
            at = found + p.length();
        }
        return -1;
    }
}
