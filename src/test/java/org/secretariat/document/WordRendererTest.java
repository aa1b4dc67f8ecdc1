package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The .docx, reopened with POI, has the text, page, fonts and footers a reader of Word sees. */
class WordRendererTest {

    @TempDir
    static Path dir;
    private static XWPFDocument docx;

    @BeforeAll
    static void render() throws IOException {
        Path file = dir.resolve("通知.docx");
        new WordRenderer().write(SampleDocs.notice(), file);
        try (InputStream in = Files.newInputStream(file)) {
            docx = new XWPFDocument(in);
        }
    }

    @Test
    void textIsThereInReadingOrder() {
        String all = bodyText();
        List<String> expected = List.of(SampleDocs.TITLE, "新校联秘〔2025〕5号", "各成员单位：", SampleDocs.BODY,
                "一、会议时间和地点", "（一）参会人员", "出席：各理事单位代表一人。", "单位名称", "河南师范大学",
                SampleDocs.ISSUER, "2025年6月5日");
        int at = -1;
        for (String s : expected) {
            int next = all.indexOf(s, at + 1);
            assertTrue(next > at, () -> "「" + s + "」 missing or out of order in:\n" + all);
            at = next;
        }
    }

    @Test
    void pageIsA4WithTheStandardMargins() {
        CTSectPr sect = docx.getDocument().getBody().getSectPr();
        assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getW());
        assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getH());
        CTPageMar mar = sect.getPgMar();
        assertAbout(2098, mar.getTop()); // 37 mm
        assertAbout(1984, mar.getBottom()); // 35 mm
        assertAbout(1588, mar.getLeft()); // 28 mm
        assertAbout(1474, mar.getRight()); // 26 mm
    }

    @Test
    void titleIsXiaobiaosong22ptCentred() {
        XWPFParagraph title = paragraph(SampleDocs.TITLE);
        assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
        XWPFRun run = title.getRuns().get(0);
        assertEquals(BigInteger.valueOf(44), ((BigInteger) run.getCTR().getRPr().getSzArray(0).getVal()));
        assertTrue(run.getFontFamily(XWPFRun.FontCharRange.eastAsia).contains("小标宋"));
    }

    @Test
    void bodyIsFangsong16ptOnTheFixedLinePitchIndentedTwoCharacters() {
        XWPFParagraph body = paragraph(SampleDocs.BODY);
        for (XWPFRun run : body.getRuns()) {
            assertEquals(16.0, run.getFontSizeAsDouble());
            assertEquals("仿宋_GB2312", run.getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertEquals("仿宋_GB2312", run.getFontFamily(XWPFRun.FontCharRange.ascii));
        }
        assertEquals(ParagraphAlignment.BOTH, body.getAlignment());
        assertEquals(579, body.getCTP().getPPr().getSpacing().getLine() instanceof BigInteger b ? b.intValue() : -1);
        assertEquals("exact", body.getCTP().getPPr().getSpacing().getLineRule().toString());
        assertEquals(640, body.getIndentationFirstLine()); // two 16 pt characters
    }

    @Test
    void headingsAndLabelsUseTheirTypefaces() {
        assertEquals("黑体", paragraph("一、会议时间和地点").getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia));
        assertEquals("楷体_GB2312", paragraph("（一）参会人员").getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia));
        List<XWPFRun> labelled = paragraph("出席：").getRuns();
        assertEquals("黑体", labelled.get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia));
        assertEquals("仿宋_GB2312", labelled.get(1).getFontFamily(XWPFRun.FontCharRange.eastAsia));
    }

    @Test
    void runsAndDefaultsAreTaggedSimplifiedChinese() {
        XWPFRun run = paragraph(SampleDocs.BODY).getRuns().get(0);
        assertEquals("zh-CN", run.getCTR().getRPr().getLangArray(0).getEastAsia());
        String styles = docx.getStyles().getCtStyles().getDocDefaults().xmlText();
        assertTrue(styles.contains("w:eastAsia=\"zh-CN\""), styles);
    }

    @Test
    void tableHasTheHeaderRepeatedAndTheRows() {
        XWPFTable table = docx.getTables().get(0);
        assertEquals(3, table.getNumberOfRows());
        assertEquals(List.of("序号", "单位名称", "联系人", "电话"), cells(table, 0));
        assertEquals(List.of("2", "河南师范大学", "李四", "138 0013 8000"), cells(table, 2));
        assertTrue(table.getRow(0).isRepeatHeader());
        XWPFRun headerRun = table.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
        assertEquals("黑体", headerRun.getFontFamily(XWPFRun.FontCharRange.eastAsia));
        assertEquals(12.0, headerRun.getFontSizeAsDouble());
    }

    @Test
    void oddAndEvenFootersCarryAPageField() {
        assertTrue(docx.getEvenAndOddHeadings());
        List<XWPFFooter> footers = docx.getFooterList();
        assertEquals(2, footers.size());
        for (XWPFFooter footer : footers) {
            String xml = footer._getHdrFtr().xmlText();
            assertTrue(xml.contains(">PAGE<"), xml);
            assertTrue(footer.getText().contains("— 1 —"), footer.getText());
        }
        var policy = docx.getHeaderFooterPolicy();
        assertEquals(ParagraphAlignment.RIGHT, policy.getDefaultFooter().getParagraphs().get(0).getAlignment());
        assertEquals(ParagraphAlignment.LEFT, policy.getEvenPageFooter().getParagraphs().get(0).getAlignment());
    }

    @Test
    void pictureIsEmbedded() {
        assertEquals(1, docx.getAllPictures().size());
    }

    @Test
    void pageBreakStartsTheNextParagraphOnANewPage() throws IOException {
        Doc doc = Doc.official().paragraph("第一页").pageBreak().paragraph("第二页");
        try (XWPFDocument d = new XWPFDocument(new java.io.ByteArrayInputStream(new WordRenderer().toBytes(doc)))) {
            assertTrue(d.getParagraphs().get(1).isPageBreak());
            assertEquals("第二页", d.getParagraphs().get(1).getText());
        }
    }

    @Test
    void landscapePageIsTurned() throws IOException {
        Doc doc = Doc.a4Landscape().title("签到表").table(List.of("序号", "单位", "姓名"), SampleDocs.rows(3));
        try (XWPFDocument d = new XWPFDocument(new java.io.ByteArrayInputStream(new WordRenderer().toBytes(doc)))) {
            CTSectPr sect = d.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getW());
            assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getH());
            assertEquals("landscape", sect.getPgSz().getOrient().toString());
        }
    }

    private static void assertAbout(int twips, Object actual) {
        int value = ((BigInteger) actual).intValue();
        assertTrue(Math.abs(value - twips) <= 2, () -> "expected ≈" + twips + " but was " + value);
    }

    private static XWPFParagraph paragraph(String startsWith) {
        return docx.getParagraphs().stream().filter(p -> p.getText().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph 「" + startsWith + "」"));
    }

    private static List<String> cells(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(c -> c.getText()).collect(Collectors.toList());
    }

    private static String bodyText() {
        List<String> parts = new ArrayList<>();
        for (IBodyElement e : docx.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                parts.add(p.getText());
            } else if (e instanceof XWPFTable t) {
                parts.add(t.getText());
            }
        }
        return String.join("\n", parts);
    }
}
