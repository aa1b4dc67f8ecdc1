package org.secretariat.service.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.secretariat.document.Doc;
import org.secretariat.document.FontSet;
import org.secretariat.document.PdfGeometry;
import org.secretariat.document.PdfRenderer;
import org.secretariat.document.WordRenderer;

/** The receipt as printed: one A4 slip, three parts cut apart, each with its NO., amount and signature lines. */
class ReceiptTest {

    private static final String PAYEE = "新乡市高校科技成果转化联盟";
    private static final Receipt RECEIPT = new Receipt("XXLM-SJ-2026-0007", LocalDate.of(2026, 3, 5), "河南师范大学",
            "2026年度会费", new BigDecimal("1000.00"), "银行转账", PAYEE);

    private static byte[] pdf(Doc doc) {
        return new PdfRenderer(FontSet.discover()).toBytes(doc);
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void pdfIsOneSlipWithThreePartsEachNumberedAndSigned() throws Exception {
        byte[] pdf = pdf(RECEIPT.doc());
        PdfReader reader = new PdfReader(pdf);
        assertEquals(1, reader.getNumberOfPages());
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        for (String part : List.of("存根", "收据", "记账")) {
            assertTrue(text.contains(part), text);
        }
        assertEquals(3, count(text, "NO. XXLM-SJ-2026-0007"), text);
        assertEquals(3, count(text, "人民币壹仟元整"), text);
        assertEquals(3, count(text, "¥1,000.00"), text);
        assertEquals(3, count(text, "2026年度会费"), text);
        assertEquals(3, count(text, "2026年3月5日"), text);
        assertEquals(3, count(text, PAYEE), "the payee once per part: " + text);
        for (String line : List.of("收 款 人", "经 手 人", "交 款 人", "（盖章）", "交款单位")) {
            assertEquals(3, count(text, line), line + " in " + text);
        }
        assertFalse(text.contains("— 1 —"), "a receipt carries no page number");
    }

    @Test
    void pdfHasTwelveMillimetreMarginsAndTwoDashedCutLines() throws Exception {
        PdfGeometry g = PdfGeometry.of(pdf(RECEIPT.doc()), 1);
        assertEquals(210, g.pageWidthMm(), 0.5);
        assertEquals(297, g.pageHeightMm(), 0.5);
        double[] ink = g.inkBox();
        assertEquals(12, ink[0], 0.3, "left margin");
        assertEquals(198, ink[2], 0.3, "right margin");
        assertTrue(ink[1] >= 12 && ink[1] < 25, "the slip starts near the top, not 37 mm down: " + ink[1]);
        assertTrue(ink[3] <= 297 - 12, "nothing in the bottom margin: " + ink[3]);
        List<PdfGeometry.Segment> cuts = g.dashedHorizontals();
        assertEquals(2, cuts.size(), "two cut lines between three parts");
        for (PdfGeometry.Segment cut : cuts) {
            assertEquals(186, cut.length(), 0.5, "a cut line runs across the slip");
        }
        // each part between the page edges and cut lines holds its own bordered table
        double[] bounds = {0, cuts.get(0).y1(), cuts.get(1).y1(), 297};
        for (int part = 0; part < 3; part++) {
            double top = bounds[part];
            double bottom = bounds[part + 1];
            long rules = g.solidHorizontalRules().stream().filter(y -> y > top && y < bottom).count();
            assertEquals(6, rules, "five rows of part " + (part + 1) + " have six rules");
        }
    }

    @Test
    void rowsAreAtLeastTenMillimetresForHandwriting() throws Exception {
        List<Double> rules = PdfGeometry.of(pdf(RECEIPT.doc()), 1).solidHorizontalRules();
        double first = rules.get(1) - rules.get(0);
        assertTrue(first >= Receipt.ROW_MM - 0.1, "row height " + first);
    }

    @Test
    void aRecordedPaymentPrintsOnTheSlipWithItsReceiptNumber(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        try (org.secretariat.service.AppContext ctx = org.secretariat.service.TestWorkspace.open(dir.resolve("data"),
                "county-joint")) {
            org.secretariat.service.roster.UnitDraft u = new org.secretariat.service.roster.UnitDraft();
            u.name = "甲县人民政府";
            u.tierId = "member";
            u.joinDate = LocalDate.of(2025, 5, 1);
            long unit = ctx.roster().save(u).id();
            long id = ctx.fees().pay(unit, 2026, new BigDecimal("3000"), LocalDate.of(2026, 3, 20), "转账", null);
            String number = ctx.fees().payments(2026).stream().filter(p -> p.id() == id).findFirst().orElseThrow().receiptNo();
            Doc doc = ctx.fees().receipt(id);
            assertEquals(org.secretariat.document.PageSetup.SLIP, doc.page());
            String text = new PdfTextExtractor(new PdfReader(pdf(doc))).getTextFromPage(1);
            assertEquals(3, count(text, "NO. " + number), text);
            assertEquals(3, count(text, "人民币叁仟元整"), text);
            assertTrue(text.contains("2026年度会员单位服务年费"), text);
        }
    }

    @Test
    void wordSlipHasTheSameMarginsPartsAndNoPageNumber() throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(new WordRenderer().toBytes(RECEIPT.doc())));
             XWPFWordExtractor ex = new XWPFWordExtractor(d)) {
            var mar = d.getDocument().getBody().getSectPr().getPgMar();
            assertEquals(680, ((java.math.BigInteger) mar.getTop()).intValue(), 1, "12 mm top");
            assertEquals(680, ((java.math.BigInteger) mar.getLeft()).intValue(), 1, "12 mm left");
            assertTrue(d.getFooterList().isEmpty(), "no page number footer");
            assertEquals(3, d.getTables().size());
            String text = ex.getText().replace("\u2060", "");
            assertEquals(3, count(text, "NO. XXLM-SJ-2026-0007"), text);
            assertEquals(3, count(text, "人民币壹仟元整"), text);
            assertEquals(3, count(text, PAYEE), text);
            assertTrue(text.contains("第三联　记账"), text);
        }
    }
}
