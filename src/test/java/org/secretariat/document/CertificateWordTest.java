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
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
    void pageIsA4LandscapeWithABorder() throws IOException {
        try (XWPFDocument docx = read(CertificateSamples.member("新乡学院"))) {
            CTSectPr sect = docx.getDocument().getBody().getSectPr();
            assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getW());
            assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getH());
            assertEquals("landscape", sect.getPgSz().getOrient().toString());
            assertTrue(sect.isSetPgBorders());
        }
    }

    @Test
    void sealAndQrArePicturesFloatingOverTheText() throws IOException {
        try (XWPFDocument docx = read(CertificateSamples.member("新乡学院"))) {
            assertEquals(2, docx.getAllPictures().size());
            long floating = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .mapToLong(r -> r.getCTR().getDrawingList().stream().mapToLong(dr -> dr.sizeOfAnchorArray()).sum())
                    .sum();
            assertEquals(2, floating);
        }
        CertificateDesign plain = CertificateSamples.design(Paper.A4, false, BorderStyle.NONE, "新乡学院", null, null,
                null, "1");
        try (XWPFDocument docx = read(plain)) {
            assertEquals(0, docx.getAllPictures().size());
            assertTrue(!docx.getDocument().getBody().getSectPr().isSetPgBorders());
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
    void sealAndQrHangFromTheIssuerSoTheyMoveWithIt() throws IOException {
        try (XWPFDocument docx = read(CertificateSamples.member("新乡学院"))) {
            XWPFParagraph issuer = docx.getParagraphs().stream()
                    .filter(p -> p.getText().equals(CertificateSamples.ISSUER)).findFirst().orElseThrow();
            var anchors = issuer.getRuns().stream().flatMap(r -> r.getCTR().getDrawingList().stream())
                    .flatMap(dr -> dr.getAnchorList().stream()).toList();
            assertEquals(2, anchors.size());
            for (var anchor : anchors) {
                assertEquals("paragraph", anchor.getPositionV().getRelativeFrom().toString());
                assertTrue(!anchor.getBehindDoc(), "in front of the text");
            }
            XWPFParagraph next = docx.getParagraphs().get(docx.getParagraphs().indexOf(issuer) + 1);
            assertTrue(next.getText().endsWith(CertificateSamples.DATE), "the date comes right under the issuer");
        }
    }

    @Test
    void verificationCodeSharesTheDateLine() throws IOException {
        try (XWPFDocument docx = read(CertificateSamples.member("新乡学院"))) {
            XWPFParagraph last = docx.getParagraphs().get(docx.getParagraphs().size() - 1);
            assertEquals(CertificateSamples.CODE + "\t" + CertificateSamples.DATE, last.getText());
            assertEquals(1, last.getCTP().getPPr().getTabs().sizeOfTabArray());
        }
    }

    private static XWPFDocument read(CertificateDesign d) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(new CertificateWord().toBytes(d)));
    }
}
