package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDF, re-read with OpenPDF, shows the text, page numbers and embedded fonts a reader sees. */
class PdfRendererTest {

    @TempDir
    Path dir;

    @Test
    void firstPageShowsTitleBodyAndPageNumber() throws IOException {
        Path file = dir.resolve("通知.pdf");
        new PdfRenderer(SampleDocs.fonts()).write(SampleDocs.notice(), file);
        PdfReader reader = new PdfReader(Files.readAllBytes(file));
        String page1 = text(reader, 1);
        assertTrue(page1.contains(SampleDocs.TITLE), page1);
        assertTrue(page1.contains("各成员单位："), page1);
        assertTrue(page1.contains("经秘书处研究"), page1);
        assertTrue(page1.contains("— 1 —"), page1);
        reader.close();
    }

    @Test
    void secondPageIsNumberedTwo() throws IOException {
        PdfReader reader = new PdfReader(new PdfRenderer(SampleDocs.fonts()).toBytes(SampleDocs.twoPages()));
        assertTrue(reader.getNumberOfPages() >= 2);
        String page2 = text(reader, 2);
        assertTrue(page2.contains("— 2 —"), page2);
        assertFalse(page2.contains("— 1 —"), page2);
    }

    @Test
    void aPageHoldsTwentyTwoLines() throws IOException {
        PdfReader reader = new PdfReader(new PdfRenderer(SampleDocs.fonts()).toBytes(SampleDocs.lines(Doc.official(), 23)));
        assertEquals(2, reader.getNumberOfPages(), () -> text(reader, 1));
        assertTrue(text(reader, 1).contains("第22行"), () -> text(reader, 1));
        assertTrue(text(reader, 2).contains("第23行"));
    }

    @Test
    void aLineHoldsTwentyEightCharacters() throws IOException {
        String line = "一二三四五六七八九十".repeat(3).substring(0, 28);
        Doc doc = Doc.official().plain(line).plain(line + "多多多");
        String page = text(new PdfReader(new PdfRenderer(SampleDocs.fonts()).toBytes(doc)), 1);
        List<String> lines = page.lines().map(String::strip).toList();
        assertEquals(line, lines.get(0));
        assertEquals(line, lines.get(1));
        assertEquals("多多多", lines.get(2));
    }

    @Test
    void pageIsA4Portrait() throws IOException {
        PdfReader reader = new PdfReader(new PdfRenderer(SampleDocs.fonts()).toBytes(SampleDocs.notice()));
        Rectangle size = reader.getPageSize(1);
        assertEquals(595, Math.round(size.getWidth()));
        assertEquals(842, Math.round(size.getHeight()));
    }

    @Test
    void landscapeSheetIsTurnedAndRepeatsTheTableHeader() throws IOException {
        Doc doc = Doc.a4Landscape().title("签到表").table(List.of("序号", "单位", "联系人"), SampleDocs.rows(40), 1, 5, 2);
        PdfReader reader = new PdfReader(new PdfRenderer(SampleDocs.fonts()).toBytes(doc));
        assertEquals(842, Math.round(reader.getPageSize(1).getWidth()));
        assertEquals(595, Math.round(reader.getPageSize(1).getHeight()));
        int pages = reader.getNumberOfPages();
        assertTrue(pages >= 2);
        for (int page = 2; page <= pages; page++) {
            String text = text(reader, page);
            assertTrue(text.startsWith("序号 单位 联系人"), text);
        }
        assertTrue(text(reader, pages).contains("成员单位40"));
    }

    @Test
    void fontsAreEmbeddedAsSubsets() throws IOException {
        PdfReader reader = new PdfReader(new PdfRenderer(SampleDocs.fonts()).toBytes(SampleDocs.notice()));
        List<String> names = fontNames(reader, 1);
        assertFalse(names.isEmpty());
        for (String name : names) {
            assertTrue(name.matches("/[A-Z]{6}\\+.+"), name);
        }
    }

    @Test
    void emptyDocumentIsOneBlankPage() throws IOException {
        PdfReader reader = new PdfReader(new PdfRenderer(SampleDocs.fonts()).toBytes(Doc.official()));
        assertEquals(1, reader.getNumberOfPages());
    }

    private static String text(PdfReader reader, int page) {
        try {
            return new PdfTextExtractor(reader).getTextFromPage(page);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> fontNames(PdfReader reader, int page) {
        List<String> names = new ArrayList<>();
        PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
        PdfDictionary fonts = resources.getAsDict(PdfName.FONT);
        for (PdfName key : fonts.getKeys()) {
            PdfDictionary font = fonts.getAsDict(key);
            names.add(font.getAsName(PdfName.BASEFONT).toString());
        }
        return names;
    }
}
