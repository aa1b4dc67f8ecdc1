package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No lone 「证。」: whatever the length of the holder's name, the body's last line on the printed
 * certificate holds at least three characters, and no character of the body is lost on the way.
 */
class CertificateLastLineTest {

    private static final String NAMES = "新乡市红旗区跨境电子商务产业园区管理委员会综合服务中心暨河南省跨境电商人才培养基地联合办公室";

    @Test
    void theLayoutNeverLeavesOneOrTwoCharactersOnTheBodysLastLine() {
        for (boolean landscape : new boolean[] {true, false}) {
            for (int n = 1; n <= NAMES.length(); n++) {
                CertificateDesign d = design(NAMES.substring(0, n), landscape);
                CertificateLayout.TextBox body = CertificatePlan.of(d).body();
                List<Integer> lines = CertificateText.lineLengths(body.text(),
                        body.w() / CertificateLayout.ptToMm(body.sizePt()));
                assertTrue(lines.size() == 1 || lines.get(lines.size() - 1) >= 3,
                        "name of " + n + " characters, landscape " + landscape + ": " + lines);
                assertTrue(body.sizePt() >= 22 * 0.55, "still readable: " + body.sizePt());
            }
        }
    }

    @Test
    void thePrintedPdfEndsTheBodyWithAtLeastThreeCharactersOnItsLine() throws Exception {
        CertificatePdf pdf = new CertificatePdf(SampleDocs.fonts());
        for (int n = 1; n <= 24; n++) {
            String name = NAMES.substring(0, n);
            PdfReader reader = new PdfReader(pdf.toBytes(design(name, true)));
            String page = new PdfTextExtractor(reader).getTextFromPage(1);
            reader.close();
            List<String> lines = page.lines().map(l -> l.replaceAll("[\\s\\u3000]+", "")).filter(l -> !l.isEmpty()).toList();
            String last = lines.stream().filter(l -> l.endsWith("特发此证。") || l.endsWith("此证。") || l.endsWith("证。"))
                    .findFirst().orElseThrow(() -> new AssertionError(page));
            assertTrue(last.length() >= 3, "name of " + n + " characters: last line 「" + last + "」 in\n" + page);
            String body = String.join("", lines);
            assertTrue(body.contains(name) && body.contains("特发此证。"), "nothing lost: " + body);
        }
    }

    private static CertificateDesign design(String name, boolean landscape) {
        CertificateDesign base = CertificateSamples.design(Paper.A4, landscape, BorderStyle.CLASSIC, name, null,
                null, null, CertificateSamples.NUMBER);
        assertEquals("成员证书", base.title());
        return base;
    }
}
