package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** Page breaks as a reader sees them on the PDF pages, and the matching Word paragraph properties. */
class PaginationTest {

    private static final String ISSUER = "新乡市高校科技成果转化联盟秘书处";
    private static final String DATE = "2027年3月14日";
    /** A body paragraph of three lines that ends in 「特此通知。」. */
    private static final String LAST = "请各成员单位认真组织，按时报送材料，逾期未报送的视为放弃本年度评审资格。"
            + "联系人：张三，电话：0373-1234567。特此通知。";

    private static List<String> pdf(Doc doc) {
        return DocumentText.pdfPages(new PdfRenderer(SampleDocs.fonts()).toBytes(doc));
    }

    private static int pageOf(List<String> pages, String text) {
        for (int i = 0; i < pages.size(); i++) {
            if (DocumentText.normalise(pages.get(i)).contains(DocumentText.normalise(text))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void signatureAndDateStayOnOnePageWithTheEndOfTheBody() {
        for (int n = 10; n <= 22; n++) {
            Doc doc = SampleDocs.lines(Doc.official(), n).paragraph(LAST)
                    .signature(ISSUER, LocalDate.of(2027, 3, 14));
            List<String> pages = pdf(doc);
            int issuer = pageOf(pages, ISSUER);
            String context = "after " + n + " lines: " + pages;
            assertTrue(issuer >= 0, context);
            assertEquals(issuer, pageOf(pages, DATE), context);
            assertEquals(issuer, pageOf(pages, "特此通知。"), context);
            List<String> lines = DocumentText.pdfLines(pages.get(issuer));
            assertTrue(lines.size() >= 4, "the signature page carries body lines too: " + context);
        }
    }

    @Test
    void noHeadingIsLeftAtThePageFoot() {
        for (int n = 17; n <= 22; n++) {
            Doc doc = SampleDocs.lines(Doc.official(), n).heading1("四、活动开展情况").paragraph(LAST);
            List<String> pages = pdf(doc);
            int heading = pageOf(pages, "四、活动开展情况");
            List<String> lines = DocumentText.pdfLines(pages.get(heading));
            String context = "after " + n + " lines: " + pages;
            assertFalse(lines.get(lines.size() - 1).contains("四、活动开展情况"), context);
            assertEquals(heading, pageOf(pages, "请各成员单位认真组织"), context);
        }
    }

    @Test
    void aHeadingStaysWithTheTableHeaderAndFirstRowUnderIt() {
        for (int n = 18; n <= 22; n++) {
            Doc doc = SampleDocs.lines(Doc.official(), n).heading1("三、会费收缴情况")
                    .table(List.of("单位", "应缴", "已缴", "欠缴"), List.of(List.of("新乡学院", "1000", "800", "200")));
            List<String> pages = pdf(doc);
            String context = "after " + n + " lines: " + pages;
            int heading = pageOf(pages, "三、会费收缴情况");
            assertEquals(heading, pageOf(pages, "欠缴"), context);
            assertEquals(heading, pageOf(pages, "新乡学院"), context);
        }
    }

    @Test
    void noParagraphEndsInALineOfOneOrTwoCharacters() {
        String line = "一二三四五六七八九十".repeat(3).substring(0, 28);
        for (String end : List.of("证。", "多", "之证。")) {
            List<String> lines = DocumentText.pdfLines(pdf(Doc.official().plain(line + end)).get(0));
            assertEquals(DocumentText.normalise(line + end), DocumentText.normalise(String.join("", lines)));
            String last = lines.get(lines.size() - 1);
            assertTrue(last.codePointCount(0, last.length()) >= Pagination.MIN_LAST_LINE, lines.toString());
        }
    }

    @Test
    void aDateOrCodeIsNeverBrokenAcrossLines() {
        for (int shift = 20; shift <= 27; shift++) {
            String lead = "任".repeat(shift);
            Doc doc = Doc.official().plain(lead + "期至2027-03-14止，自2025年6月5日起，编号XX-2025/007有效，详见附件。");
            List<String> lines = DocumentText.pdfLines(pdf(doc).get(0));
            String context = lines.toString();
            assertTrue(lines.stream().anyMatch(l -> l.contains("2027-03-14")), context);
            assertTrue(lines.stream().anyMatch(l -> l.contains("2025年6月5日")), context);
            assertTrue(lines.stream().anyMatch(l -> l.contains("XX-2025/007")), context);
        }
    }

    @Test
    void wordParagraphsCarryTheSameRules() throws IOException {
        Doc doc = Doc.official().title("关于开展年度评审的通知").heading1("一、评审范围").paragraph(LAST)
                .signature(ISSUER, LocalDate.of(2027, 3, 14));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(new WordRenderer().toBytes(doc)))) {
            List<XWPFParagraph> ps = d.getParagraphs();
            XWPFParagraph heading = find(ps, "一、评审范围");
            assertTrue(heading.getCTP().getPPr().isSetKeepNext());
            assertTrue(heading.getCTP().getPPr().isSetKeepLines());
            XWPFParagraph body = find(ps, "特此通知");
            assertTrue(body.getCTP().getPPr().isSetKeepNext(), "the body's last lines go with the signature");
            assertTrue(body.getCTP().getPPr().isSetWidowControl());
            int issuer = ps.indexOf(find(ps, ISSUER));
            for (int i = ps.indexOf(body); i < issuer; i++) {
                assertTrue(ps.get(i).getCTP().getPPr().isSetKeepNext(), "paragraph " + i + " keeps with the date");
            }
            assertFalse(find(ps, DATE).getCTP().getPPr().isSetKeepNext());
        }
    }

    @Test
    void wordJoinsADateThatMeetsALineEnd() {
        String lead = "任".repeat(24);
        String joined = Pagination.wordText(lead + "2025年6月5日起", 0, 28, false);
        assertTrue(joined.contains("2025\u2060年\u20606\u2060月\u20605\u2060日"), joined);
        String far = Pagination.wordText("自2025年6月5日起", 0, 28, false);
        assertEquals("自2025年6月5日起", far, "a date far from a line end is left as typed");
        assertEquals(lead + "NO.2027-\u206003-\u206014", Pagination.wordText(lead + "NO.2027-03-14", 0, 28, false));
        assertEquals("NO.2027-03-14", Pagination.wordText("NO.2027-03-14", 0, 0, false), "a cell is left as typed");
        assertTrue(Pagination.wordText("一二三特此发证。", 0, 28, true).endsWith("此\u2060发\u2060证。")
                || Pagination.wordText("一二三特此发证。", 0, 28, true).endsWith("发\u2060证\u2060。"));
    }

    @Test
    void aTitleBreaksOnlyBetweenPhrasesIntoEvenLines() {
        Doc doc = Doc.official().title("关于同意", "新乡市第一人民医院", "加入", "新乡市高校科技成果转化联盟", "的通知");
        List<String> lines = DocumentText.pdfLines(pdf(doc).get(0));
        assertEquals(List.of("关于同意新乡市第一人民医院加入", "新乡市高校科技成果转化联盟的通知"), lines);
        assertEquals("关于召开理事会的通知", Doc.official().title("关于召开", "理事会", "的通知").titleText());
    }

    private static XWPFParagraph find(List<XWPFParagraph> ps, String text) {
        return ps.stream().filter(p -> DocumentText.normalise(p.getText()).contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph with " + text));
    }
    /**
     * The quick answer for characters no number, date or code contains agrees with the expression at
     * every position of random text mixing Chinese, digits, dates and codes.
     */
    @Test
    void unbreakableRunsAreFoundWhereverTheExpressionFindsThem() {
        java.util.regex.Pattern oracle = java.util.regex.Pattern.compile(
                "\\d{4}年\\d{1,2}月(\\d{1,2}日)?|[0-9A-Za-z]+(?:[-./:\u2011][0-9A-Za-z]+)+");
        String alphabet = "0123456789年月日-./:\u2011AZaz会员单位，。（）、 2027";
        java.util.Random random = new java.util.Random(18);
        int inside = 0;
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40) + 1; k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            for (int i = 0; i < text.length(); i++) {
                boolean expected = false;
                java.util.regex.Matcher m = oracle.matcher(text.subSequence(Math.max(0, i - 24), Math.min(text.length(), i + 26)));
                while (m.find()) {
                    int from = Math.max(0, i - 24);
                    expected |= from + m.start() <= i && i + 1 < from + m.end();
                }
                assertEquals(expected, Pagination.insideUnbreakable(text, i), "「" + text + "」 at " + i);
                inside += expected ? 1 : 0;
            }
        }
        assertTrue(inside > 1_000, "the random texts hold dates and codes: " + inside);
        assertTrue(Pagination.insideUnbreakable("日期2027年3月14日起", 6), "inside 2027年3月");
        assertFalse(Pagination.insideUnbreakable("会员单位名单", 2));
    }
}
