package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.secretariat.document.CertificateLayout.Box;
import org.secretariat.document.CertificateLayout.ImageBox;
import org.secretariat.document.CertificateLayout.LineBox;
import org.secretariat.document.CertificateLayout.TextBox;

/** Where the layout puts things, checked without fonts or files. */
class CertificateLayoutTest {

    private static final byte[] SEAL = SampleDocs.png(100, 100);
    private static final byte[] QR = SampleDocs.png(80, 80);
    private static final byte[] LOGO = SampleDocs.png(200, 100);
    /** Forty characters. */
    private static final String LONG_NAME = "新乡市红旗区跨境电子商务产业园区运营管理服务有限责任公司河南省新乡市区第一分公司";

    @Test
    void everyBoxStaysOnThePage() {
        for (CertificateDesign d : variants()) {
            CertificateLayout layout = CertificateLayout.of(d);
            assertEquals(d.widthMm(), layout.widthMm());
            for (Box box : layout.boxes()) {
                double[] r = rect(box);
                assertTrue(r[0] >= 0 && r[1] >= 0 && r[2] <= layout.widthMm() && r[3] <= layout.heightMm(),
                        () -> box + " off the " + d.paper() + (d.landscape() ? " landscape" : " portrait") + " page");
            }
        }
    }

    @Test
    void textFitsInsideTheBorderAndDoesNotOverlap() {
        for (CertificateDesign d : variants()) {
            List<TextBox> texts = texts(CertificateLayout.of(d));
            double scale = Math.min(d.widthMm(), d.heightMm()) / 210;
            double inner = d.widthMm() - 2 * 30 * scale;
            for (TextBox t : texts) {
                assertTrue(t.w() <= inner + 1e-6, () -> t + " wider than the text area " + inner);
                assertTrue(t.x() >= 15 * scale && t.x() + t.w() <= d.widthMm() - 15 * scale, t::toString);
                if (!t.wrap()) {
                    double width = Layout.ems(t.text()) * CertificateLayout.ptToMm(t.sizePt());
                    assertTrue(width <= t.w() + 1e-6, () -> t + " needs " + width + " mm");
                }
            }
            for (int i = 0; i < texts.size(); i++) {
                for (int j = i + 1; j < texts.size(); j++) {
                    assertFalse(overlap(texts.get(i), texts.get(j)), texts.get(i) + " overlaps " + texts.get(j));
                }
            }
        }
    }

    @Test
    void sealIsCentredOverIssuerAndDateAndDrawnLast() {
        CertificateLayout layout = CertificateLayout.of(design(Paper.A4, true, BorderStyle.CLASSIC, "新乡学院", null));
        ImageBox seal = assertInstanceOf(ImageBox.class, layout.boxes().get(layout.boxes().size() - 1));
        assertTrue(seal.png() == SEAL);
        TextBox issuer = text(layout, CertificateSamples.ISSUER);
        TextBox date = text(layout, CertificateSamples.DATE);
        assertTrue(overlap(seal, issuer) && overlap(seal, date));
        assertTrue(issuer.y() < date.y(), "date under the issuer");
        assertEquals(issuer.x() + issuer.w() / 2, seal.x() + seal.w() / 2, 0.01);
        assertEquals((issuer.y() + date.y() + date.h()) / 2, seal.y() + seal.h() / 2, 0.01);
        assertEquals(42, seal.w(), 0.01);
        assertTrue(issuer.x() > layout.widthMm() / 2, "issuer block in the right half");
        int lastText = 0;
        int firstPicture = Integer.MAX_VALUE;
        for (int i = 0; i < layout.boxes().size(); i++) {
            if (layout.boxes().get(i) instanceof TextBox) {
                lastText = i;
            } else if (layout.boxes().get(i) instanceof ImageBox) {
                firstPicture = Math.min(firstPicture, i);
            }
        }
        assertTrue(lastText < firstPicture, "pictures are drawn over the text");
    }

    @Test
    void numberTopRightQrBottomLeftTitleInTheUpperThird() {
        CertificateLayout layout = CertificateLayout.of(design(Paper.A4, true, BorderStyle.CLASSIC, "新乡学院", null));
        TextBox number = text(layout, "编号：" + CertificateSamples.NUMBER);
        TextBox title = text(layout, "成　员　证　书");
        TextBox body = layout.boxes().stream().filter(b -> b instanceof TextBox t && t.wrap()).map(TextBox.class::cast)
                .findFirst().orElseThrow();
        ImageBox qr = (ImageBox) layout.boxes().stream().filter(b -> b instanceof ImageBox i && i.png() == QR)
                .findFirst().orElseThrow();
        TextBox code = text(layout, CertificateSamples.CODE);
        assertEquals(CertificateLayout.Align.RIGHT, number.align());
        assertTrue(number.y() < title.y() && number.x() + number.w() > layout.widthMm() * 0.8);
        assertTrue(title.y() + title.h() < layout.heightMm() / 3);
        assertTrue(body.text().startsWith("\u3000\u3000兹有新乡学院"), "two-character first-line indent");
        assertEquals(CertificateLayout.Align.JUSTIFY, body.align());
        assertTrue(qr.x() + qr.w() < layout.widthMm() / 3 && qr.y() > body.y() + body.h());
        assertEquals(22, qr.w(), 0.01);
        assertTrue(code.y() >= qr.y() + qr.h() && code.x() == qr.x(), "code under the QR code");
    }

    @Test
    void aFortyCharacterNameStillFits() {
        assertEquals(40, LONG_NAME.length());
        for (boolean landscape : new boolean[] {true, false}) {
            CertificateLayout layout = CertificateLayout.of(design(Paper.A4, landscape, BorderStyle.CLASSIC, LONG_NAME,
                    LONG_NAME));
            TextBox holder = text(layout, LONG_NAME);
            double inner = layout.widthMm() - 60;
            assertTrue(holder.w() <= inner + 1e-6);
            double lineWidth = Layout.ems(LONG_NAME) * CertificateLayout.ptToMm(holder.sizePt());
            assertTrue(holder.wrap() || lineWidth <= holder.w(), holder::toString);
            if (holder.wrap()) {
                double pitch = CertificateLayout.LINE_SPACING * CertificateLayout.ptToMm(holder.sizePt());
                int lines = (int) Math.round(holder.h() / pitch);
                assertTrue(lines * holder.w() >= lineWidth, "wrapped lines hold the name: " + holder);
            }
        }
    }

    @Test
    void a3IsA4Scaled() {
        CertificateDesign a4 = withSizes(design(Paper.A4, false, BorderStyle.DOUBLE, "新乡学院", "新乡学院"));
        CertificateDesign a3 = withSizes(design(Paper.A3, false, BorderStyle.DOUBLE, "新乡学院", "新乡学院"));
        List<Box> small = CertificateLayout.of(a4).boxes();
        List<Box> big = CertificateLayout.of(a3).boxes();
        assertEquals(small.size(), big.size());
        double k = 297.0 / 210;
        for (int i = 0; i < small.size(); i++) {
            double[] s = rect(small.get(i));
            double[] b = rect(big.get(i));
            for (int c = 0; c < 4; c++) {
                // A3 is 297 × 420 mm, A4 × √2 would be 297 × 420.04
                assertEquals(s[c] * k, b[c], 0.1, small.get(i) + " / " + big.get(i));
            }
        }
    }

    private static CertificateDesign withSizes(CertificateDesign d) {
        return new CertificateDesign(d.paper(), d.landscape(), d.border(), d.title(), d.body(), d.holderLine(),
                d.numberLine(), d.validityLine(), d.issuer(), d.dateLine(), LOGO, d.sealPng(), d.qrPng(),
                d.verifyCode(), null, null, 0, 0);
    }

    private static List<CertificateDesign> variants() {
        List<CertificateDesign> all = new ArrayList<>();
        for (Paper paper : Paper.values()) {
            for (boolean landscape : new boolean[] {true, false}) {
                for (BorderStyle border : BorderStyle.values()) {
                    all.add(design(paper, landscape, border, "新乡学院", null));
                    all.add(design(paper, landscape, border, LONG_NAME, LONG_NAME));
                    all.add(withSizes(design(paper, landscape, border, LONG_NAME.repeat(3), "新乡学院")));
                }
            }
        }
        return all;
    }

    private static CertificateDesign design(Paper paper, boolean landscape, BorderStyle border, String unit,
                                            String holder) {
        return CertificateSamples.design(paper, landscape, border, unit, holder, SEAL, QR, CertificateSamples.NUMBER);
    }

    private static List<TextBox> texts(CertificateLayout layout) {
        return layout.boxes().stream().filter(TextBox.class::isInstance).map(TextBox.class::cast).toList();
    }

    private static TextBox text(CertificateLayout layout, String text) {
        return texts(layout).stream().filter(t -> t.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in " + layout.boxes()));
    }

    /** Left, top, right, bottom. */
    private static double[] rect(Box box) {
        if (box instanceof TextBox t) {
            return new double[] {t.x(), t.y(), t.x() + t.w(), t.y() + t.h()};
        } else if (box instanceof ImageBox i) {
            return new double[] {i.x(), i.y(), i.x() + i.w(), i.y() + i.h()};
        }
        LineBox l = (LineBox) box;
        return new double[] {Math.min(l.x1(), l.x2()), Math.min(l.y1(), l.y2()), Math.max(l.x1(), l.x2()),
                Math.max(l.y1(), l.y2())};
    }

    private static boolean overlap(Box a, Box b) {
        double[] r = rect(a);
        double[] s = rect(b);
        double e = 1e-6; // boxes that touch do not overlap
        return r[0] + e < s[2] && s[0] + e < r[2] && r[1] + e < s[3] && s[1] + e < r[3];
    }
}
