package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secretariat.document.CertificateSamples.squeezed;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The certificate PDF, re-read with OpenPDF: the text, page sizes, fonts and pages a reader gets. */
class CertificatePdfTest {

    @TempDir
    Path dir;

    @Test
    void showsTitleUnitNumberAndDateAsText() throws IOException {
        Path file = dir.resolve("证书.pdf");
        new CertificatePdf(SampleDocs.fonts()).write(CertificateSamples.member(CertificateSamples.UNIT), file);
        String text = squeezed(text(new PdfReader(Files.readAllBytes(file)), 1));
        assertTrue(text.contains("成员证书"), text);
        assertTrue(text.contains("兹有新乡学院为"), text);
        assertTrue(text.contains("编号：" + CertificateSamples.NUMBER), text);
        assertTrue(text.contains(CertificateSamples.ISSUER), text);
        assertTrue(text.contains(CertificateSamples.DATE), text);
        assertTrue(text.contains(CertificateSamples.CODE), text);
    }

    @Test
    void a4LandscapeAndA3PortraitPages() throws IOException {
        CertificatePdf pdf = new CertificatePdf(SampleDocs.fonts());
        PdfReader a4 = new PdfReader(pdf.toBytes(CertificateSamples.member("新乡学院")));
        assertEquals(842, Math.round(a4.getPageSize(1).getWidth()));
        assertEquals(595, Math.round(a4.getPageSize(1).getHeight()));
        PdfReader a3 = new PdfReader(pdf.toBytes(CertificateSamples.design(Paper.A3, false, BorderStyle.SIMPLE,
                "新乡学院", "新乡学院", null, null, "A3-1")));
        assertEquals(842, Math.round(a3.getPageSize(1).getWidth()));
        assertEquals(1191, Math.round(a3.getPageSize(1).getHeight()));
        assertTrue(squeezed(text(a3, 1)).contains("新乡学院"));
    }

    @Test
    void fontsAreEmbeddedAsSubsets() throws IOException {
        PdfReader reader = new PdfReader(new CertificatePdf(SampleDocs.fonts()).toBytes(CertificateSamples.member("新乡学院")));
        PdfDictionary fonts = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        assertFalse(fonts.getKeys().isEmpty());
        for (PdfName key : fonts.getKeys()) {
            PdfDictionary font = fonts.getAsDict(key);
            assertTrue(font.getAsName(PdfName.BASEFONT).toString().matches("/[A-Z]{6}\\+.+"), font.toString());
            PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
            PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
            assertTrue(descriptor.contains(PdfName.FONTFILE2) || descriptor.contains(PdfName.FONTFILE3), "embedded");
        }
    }

    @Test
    void sealAndQrAreOnThePageAndTextUnderTheSealStaysText() throws IOException {
        PdfReader reader = new PdfReader(new CertificatePdf(SampleDocs.fonts()).toBytes(CertificateSamples.member("新乡学院")));
        PdfDictionary xobjects = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        int images = 0;
        int masked = 0;
        for (PdfName key : xobjects.getKeys()) {
            PdfDictionary image = (PdfDictionary) PdfReader.getPdfObject(xobjects.get(key));
            images += PdfName.IMAGE.equals(image.getAsName(PdfName.SUBTYPE)) ? 1 : 0;
            masked += image.contains(PdfName.SMASK) ? 1 : 0;
        }
        assertTrue(images >= 2, "seal and QR code: " + xobjects);
        assertEquals(1, masked, "the seal keeps its transparency");
        assertTrue(squeezed(text(reader, 1)).contains(CertificateSamples.ISSUER + CertificateSamples.DATE));
    }

    @Test
    void qrCodeInThePdfStillReads() throws Exception {
        PdfReader reader = new PdfReader(new CertificatePdf(SampleDocs.fonts()).toBytes(CertificateSamples.member("新乡学院")));
        PdfDictionary xobjects = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        BufferedImage qr = null;
        for (PdfName key : xobjects.getKeys()) {
            PRStream stream = (PRStream) PdfReader.getPdfObject(xobjects.get(key));
            if (stream.getAsNumber(PdfName.BITSPERCOMPONENT).intValue() == 1) {
                qr = oneBitGrey(stream);
            }
        }
        assertTrue(qr != null, "the QR code is kept as one bit a pixel: " + xobjects);
        assertEquals("https://verify.example.cn/c/" + CertificateSamples.CODE, QrDecode.decode(qr));
    }

    /** A DeviceGray one-bit image as a PDF viewer reads it. */
    private static BufferedImage oneBitGrey(PRStream stream) throws IOException {
        assertEquals(PdfName.DEVICEGRAY, stream.getAsName(PdfName.COLORSPACE));
        return QrDecode.oneBitGrey(stream);
    }

    @Test
    void fontFileNamedByTheDesignIsUsedAndAMissingOneFallsBack() throws IOException {
        Path file = SampleDocs.fonts().file(FontRole.HEI);
        String name = file.toString().toLowerCase().endsWith(".ttc") ? file + ",0" : file.toString();
        CertificateDesign base = CertificateSamples.member("新乡学院");
        CertificatePdf pdf = new CertificatePdf(SampleDocs.fonts());
        for (Path font : List.of(Path.of(name), dir.resolve("gone.ttf"))) {
            CertificateDesign d = new CertificateDesign(base.paper(), base.landscape(), base.border(), base.title(),
                    base.body(), base.holderLine(), base.numberLine(), base.validityLine(), base.issuer(),
                    base.dateLine(), null, null, null, null, font, font, 0, 0);
            assertTrue(squeezed(text(new PdfReader(pdf.toBytes(d)), 1)).contains("成员证书"));
        }
    }

    @Test
    void writeAllMakesOnePagePerCertificate() throws IOException {
        List<String> units = List.of("新乡学院", "河南师范大学", "河南科技学院");
        List<CertificateDesign> designs = units.stream().map(CertificateSamples::member).toList();
        Path file = dir.resolve("全部.pdf");
        List<Integer> reported = new ArrayList<>();
        new CertificatePdf(SampleDocs.fonts()).writeAll(designs, file, new CertificatePdf.Progress() {
            @Override
            public void page(int done, int total) {
                assertEquals(3, total);
                reported.add(done);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        assertEquals(List.of(1, 2, 3), reported);
        PdfReader reader = new PdfReader(Files.readAllBytes(file));
        assertEquals(3, reader.getNumberOfPages());
        for (int page = 1; page <= 3; page++) {
            String text = squeezed(text(reader, page));
            for (int other = 0; other < 3; other++) {
                assertEquals(other == page - 1, text.contains("兹有" + units.get(other) + "为"), text);
            }
        }
        // the shared seal is embedded once, not once per page
        assertTrue(Files.size(file) < 2.5 * new CertificatePdf(SampleDocs.fonts()).toBytes(designs.get(0)).length);
    }

    @Test
    void cancellingLeavesNoFile() throws IOException {
        List<CertificateDesign> designs = Stream.of("甲", "乙", "丙").map(CertificateSamples::member).toList();
        Path file = dir.resolve("取消.pdf");
        int[] pages = {0};
        assertThrows(CancellationException.class, () -> new CertificatePdf(SampleDocs.fonts()).writeAll(designs, file,
                new CertificatePdf.Progress() {
                    @Override
                    public void page(int done, int total) {
                        pages[0] = done;
                    }

                    @Override
                    public boolean cancelled() {
                        return pages[0] >= 1;
                    }
                }));
        assertEquals(1, pages[0]);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
    }

    private static String text(PdfReader reader, int page) {
        try {
            return new PdfTextExtractor(reader).getTextFromPage(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
