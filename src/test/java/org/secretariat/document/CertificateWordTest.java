package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secretariat.document.CertificateSamples.squeezed;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The certificate .docx, re-read with POI: text, page, fonts and pictures an office sees in Word. */
class CertificateWordTest {

    @TempDir
    Path dir;

    @Test
    void paragraphsHoldTitleUnitNumberIssuerAndDate() throws IOException {
        Path file = dir.resolve("证书.docx");
        new CertificateWord().write(CertificateSamples.member(CertificateSamples.UNIT), file);
        try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
            String text = squeezed(docx.getParagraphs().stream().map(XWPFParagraph::getText)
                    .collect(Collectors.joining("\n")));
            assertTrue(text.contains("成员证书"), text);
            assertTrue(text.contains("兹有新乡学院为"), text);
            assertTrue(text.contains("编号：" + CertificateSamples.NUMBER), text);
            assertTrue(text.contains(CertificateSamples.ISSUER), text);
            assertTrue(text.contains(CertificateSamples.DATE), text);
        }
    }

    @Test
    void pageIsA4LandscapeWithTheClassicBorderAndItsCornerMarksAsAPictureBehindTheText() throws Exception {
        CertificateDesign d = CertificateSamples.member("新乡学院");
        try (XWPFDocument docx = read(d)) {
            CTSectPr sect = docx.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getW());
            assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getH());
            assertEquals("landscape", sect.getPgSz().getOrient().toString());
            var border = anchors(docx).stream().filter(a -> a.getDocPr().getName().equals("border.png")).findFirst()
                    .orElseThrow();
            assertTrue(border.getBehindDoc(), "behind the text");
            assertEquals(0, border.getPositionH().getPosOffset());
            assertEquals(0, border.getPositionV().getPosOffset());
            BufferedImage png = docx.getAllPictures().stream().map(pic -> {
                try {
                    return ImageIO.read(new ByteArrayInputStream(pic.getData()));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).filter(i -> i.getWidth() > 3000).findFirst().orElseThrow();
            assertEquals(3508, png.getWidth(), "297 mm at 300 dpi");
            // every line of the PDF's border, the corner marks included, is black in the picture
            double px = 300 / 25.4;
            for (CertificateLayout.LineBox l : CertificatePlan.of(d).border()) {
                int x = (int) Math.round((l.x1() + l.x2()) / 2 * px);
                int y = (int) Math.round((l.y1() + l.y2()) / 2 * px);
                assertEquals(0, png.getRGB(x, y) & 0xFFFFFF, "line at " + l);
            }
        }
    }

    @Test
    void sealAndQrArePicturesFloatingOverTheText() throws IOException {
        try (XWPFDocument docx = read(CertificateSamples.member("新乡学院"))) {
            assertEquals(List.of("border.png", "qr.png", "seal.png"),
                    anchors(docx).stream().map(a -> a.getDocPr().getName()).sorted().toList());
            anchors(docx).stream().filter(a -> !a.getDocPr().getName().equals("border.png"))
                    .forEach(a -> assertTrue(!a.getBehindDoc(), "in front of the text"));
        }
        CertificateDesign plain = CertificateSamples.design(Paper.A4, false, BorderStyle.NONE, "新乡学院", null, null,
                null, "1");
        try (XWPFDocument docx = read(plain)) {
            assertEquals(0, docx.getAllPictures().size());
        }
    }

    @Test
    void runsNameChineseFamiliesTaggedZhCnAndTheBodyIsIndentedTwoCharacters() throws IOException {
        try (XWPFDocument docx = read(CertificateSamples.member("新乡学院"))) {
            XWPFParagraph body = docx.getParagraphs().stream().filter(p -> p.getText().startsWith("兹有"))
                    .findFirst().orElseThrow();
            assertEquals(BigInteger.valueOf(200), body.getCTP().getPPr().getInd().getFirstLineChars());
            XWPFRun run = body.getRuns().get(0);
            assertEquals("楷体_GB2312", run.getFontFamily(XWPFRun.FontCharRange.eastAsia));
            assertEquals("zh-CN", run.getCTR().getRPr().getLangArray(0).getEastAsia());
            XWPFParagraph title = docx.getParagraphs().stream().filter(p -> squeezed(p.getText()).equals("成员证书"))
                    .findFirst().orElseThrow();
            assertEquals("方正小标宋简体", title.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia));
        }
    }

    @Test
    void aFontFileChosenForTheTitleIsNamedByItsFamily() throws IOException {
        Path file = SampleDocs.fonts().file(FontRole.HEI);
        String expected = CertificateFonts.familyName(file);
        assertTrue(expected != null && !expected.isBlank());
        CertificateDesign d = CertificateSamples.member("新乡学院");
        d = new CertificateDesign(d.paper(), d.landscape(), d.border(), d.title(), d.body(), d.holderLine(),
                d.numberLine(), d.validityLine(), d.issuer(), d.dateLine(), null, null, null, null, file,
                dir.resolve("gone.ttf"), 0, 0);
        try (XWPFDocument docx = read(d)) {
            XWPFParagraph title = docx.getParagraphs().stream().filter(p -> squeezed(p.getText()).equals("成员证书"))
                    .findFirst().orElseThrow();
            assertEquals(expected, title.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia));
            XWPFParagraph body = docx.getParagraphs().stream().filter(p -> p.getText().startsWith("兹有"))
                    .findFirst().orElseThrow();
            assertEquals("楷体_GB2312", body.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia), "missing file");
        }
    }

    @Test
    void signatureDateNumberCodeSealAndQrSitWhereThePdfPutsThem() throws IOException {
        for (CertificateDesign d : List.of(CertificateSamples.member("新乡学院"),
                CertificateSamples.design(Paper.A4, false, BorderStyle.DOUBLE, "河南省跨境电子商务协会新乡分会", "河南省跨境电子商务协会新乡分会",
                        CertificateSamples.seal(), CertificateSamples.qr(), "XXKJ-2026-0002"),
                CertificateSamples.design(Paper.A3, true, BorderStyle.SIMPLE, "新乡学院", null, CertificateSamples.seal(),
                        null, "XXKJ-2026-0003"))) {
            CertificatePlan plan = CertificatePlan.of(d);
            try (XWPFDocument docx = read(d)) {
                for (CertificateLayout.TextBox box : java.util.stream.Stream.of(plan.issuer(), plan.date(), plan.number(),
                        plan.verifyCode(), plan.title(), plan.body()).filter(java.util.Objects::nonNull).toList()) {
                    XWPFParagraph p = docx.getParagraphs().stream()
                            .filter(q -> q.getText().equals(box.text().strip())).findFirst()
                            .orElseThrow(() -> new AssertionError("no paragraph " + box.text()));
                    CTFramePr f = p.getCTP().getPPr().getFramePr();
                    assertEquals("page", f.getHAnchor().toString());
                    assertEquals("page", f.getVAnchor().toString());
                    assertEquals(box.x(), mm(f.getX()), 1, box.text() + " x");
                    assertEquals(box.y(), mm(f.getY()), 1, box.text() + " y");
                    assertEquals(box.w(), mm(f.getW()), 1, box.text() + " width");
                    assertEquals(box.h(), mm(f.getH()), 1, box.text() + " height");
                }
                for (CertificateLayout.ImageBox box : java.util.stream.Stream.of(plan.seal(), plan.qr())
                        .filter(java.util.Objects::nonNull).toList()) {
                    var a = anchors(docx).stream().filter(x -> x.getExtent().getCx() == emu(box.w())).findFirst().orElseThrow();
                    assertEquals("page", a.getPositionV().getRelativeFrom().toString());
                    assertEquals(box.x(), a.getPositionH().getPosOffset() / 36000.0, 1);
                    assertEquals(box.y(), a.getPositionV().getPosOffset() / 36000.0, 1);
                }
            }
        }
    }

    private static double mm(Object twips) {
        return Double.parseDouble(twips.toString()) / 1440 * 25.4;
    }

    private static long emu(double mm) {
        return org.apache.poi.util.Units.toEMU(Layout.mmToPt(mm));
    }

    private static List<org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor> anchors(XWPFDocument docx) {
        return docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .flatMap(r -> r.getCTR().getDrawingList().stream()).flatMap(dr -> dr.getAnchorList().stream()).toList();
    }

    private static XWPFDocument read(CertificateDesign d) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(new CertificateWord().toBytes(d)));
    }
}
