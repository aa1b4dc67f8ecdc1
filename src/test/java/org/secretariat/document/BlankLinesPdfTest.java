package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Blank lines take their line on the page but put no character a reader or a search could see:
 * fonts such as Noto CJK draw the no-break space and the space with one glyph, so a no-break
 * space on a blank line turned every space of the page into U+00A0 when the text was read back
 * (「138  0013  8000」, 「—  2  —」).
 */
class BlankLinesPdfTest {

    @Test
    void blankLinesTakeTheirLinesOnThePage() throws IOException {
        Doc doc = SampleDocs.lines(Doc.official(), 20).blankLines(2).plain("第23行");
        PdfReader reader = new PdfReader(new PdfRenderer(SampleDocs.fonts()).toBytes(doc));
        assertEquals(2, reader.getNumberOfPages(), "20 lines and 2 blank lines fill the 22 lines of page 1");
        assertTrue(new PdfTextExtractor(reader).getTextFromPage(2).contains("第23行"));
    }

    @Test
    void spacesReadBackAsSpacesOnAPageWithBlankLines() throws IOException {
        Doc doc = Doc.official().plain("联系电话：138 0013 8000").blankLines(1).plain("出席 2 / 应到 3");
        PdfReader reader = new PdfReader(new PdfRenderer(SampleDocs.fonts()).toBytes(doc));
        String page = new PdfTextExtractor(reader).getTextFromPage(1);
        assertFalse(page.contains("\u00a0"), page);
        assertTrue(page.contains("138 0013 8000"), page);
        assertTrue(page.contains("出席 2 / 应到 3"), page);
        assertTrue(page.contains("— 1 —"), page);
    }
}
