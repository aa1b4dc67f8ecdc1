package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.BodyElementType;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The 版记 as GB/T 9704 draws it: last on the last page, its lines of text, rules of 0.35 and 0.25 mm. */
class ImprintTest {

    private static Doc notice(int extraLines, String copies) {
        Doc d = Doc.official().title(SampleDocs.TITLE).subtitle("新校联秘〔2025〕5号").plain("各成员单位：")
                .paragraph(SampleDocs.BODY);
        SampleDocs.lines(d, extraLines);
        return d.signature(SampleDocs.ISSUER, SampleDocs.DATE).imprint(copies, SampleDocs.ISSUER, SampleDocs.DATE);
    }

    private static String text(PdfReader reader, int page) throws Exception {
        return new PdfTextExtractor(reader).getTextFromPage(page).replaceAll("\\s", "");
    }

    /** The line widths (pt) the page strokes with. */
    private static List<Double> lineWidths(PdfReader reader, int page) throws Exception {
        String content = new String(reader.getPageContent(page), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("(?m)(?:^|\\s)([0-9]*\\.?[0-9]+) w\\b").matcher(content);
        List<Double> out = new ArrayList<>();
        while (m.find()) {
            out.add(Double.parseDouble(m.group(1)));
        }
        return out;
    }

    @Test
    void thePdfImprintClosesTheLastPageWithItsRules() throws Exception {
        PdfReader reader = new PdfReader(new PdfRenderer(SampleDocs.fonts()).toBytes(notice(0, "各成员单位，市民政局")));
        assertEquals(1, reader.getNumberOfPages(), "a short notice keeps its 版记 on its page");
        String page = text(reader, 1);
        assertTrue(page.contains("抄送：各成员单位，市民政局。"), page);
        assertTrue(page.contains(SampleDocs.ISSUER + "2025年6月5日印发"), page);
        assertTrue(page.indexOf("印发") > page.lastIndexOf("2025年6月5日印发") - 1, page);
        List<Double> widths = lineWidths(reader, 1);
        assertTrue(widths.stream().anyMatch(w -> Math.abs(w - 0.35 * 72 / 25.4) < 0.01), "0.35 mm rule: " + widths);
        assertTrue(widths.stream().anyMatch(w -> Math.abs(w - 0.25 * 72 / 25.4) < 0.01), "0.25 mm rule: " + widths);
    }

    @Test
    void withoutRoomUnderTheSignatureTheImprintGoesToANewPage() throws Exception {
        PdfReader reader = new PdfReader(new PdfRenderer(SampleDocs.fonts()).toBytes(notice(12, "")));
        int pages = reader.getNumberOfPages();
        assertEquals(2, pages);
        assertFalse(text(reader, 1).contains("印发"), text(reader, 1));
        assertTrue(text(reader, 2).contains(SampleDocs.ISSUER + "2025年6月5日印发"), text(reader, 2));
        assertFalse(text(reader, 2).contains("抄送"), "no 抄送 line without copies: " + text(reader, 2));
    }

    @Test
    void theWordImprintIsALastTableWithRulesNotAFrame() throws Exception {
        byte[] bytes = new WordRenderer().toBytes(notice(0, "各成员单位"));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<IBodyElement> body = d.getBodyElements();
            IBodyElement last = body.get(body.size() - 1);
            assertEquals(BodyElementType.TABLE, last.getElementType());
            XWPFTable t = (XWPFTable) last;
            assertEquals("抄送：各成员单位。", t.getRow(0).getCell(0).getText());
            assertEquals(SampleDocs.ISSUER, t.getRow(1).getCell(0).getText());
            assertEquals("2025年6月5日印发", t.getRow(1).getCell(1).getText());
            String xml = t.getCTTbl().xmlText();
            assertTrue(xml.contains("w:sz=\"8\""), "0.35 mm ≈ 8 eighths of a point: " + xml);
            assertTrue(xml.contains("w:sz=\"6\""), "0.25 mm ≈ 6 eighths of a point: " + xml);
            assertFalse(d.getDocument().xmlText().contains("framePr"), "no frame: LibreOffice drops its rules");
            int blank = 0;
            for (int i = body.size() - 2; i >= 0 && body.get(i) instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph p
                    && p.getText().isEmpty(); i--) {
                blank++;
            }
            assertTrue(blank >= 3, "empty lines bring the 版记 down to the page foot: " + blank);
        }
    }
}
