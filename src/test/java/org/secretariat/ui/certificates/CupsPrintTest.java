package org.secretariat.ui.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.lowagie.text.pdf.PRStream;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.document.QrDecode;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.ui.RecordingDialogs;
import org.secretariat.ui.TaskExecutor;
import org.secretariat.ui.UiContext;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A certificate printed for real: through JavaFX's {@link PrinterJob} and the app's own
 * {@link CertificatePrinting} to a CUPS queue with the cups-pdf virtual printer; the PDF that cups-pdf
 * wrote is read back: one page, the certificate's QR code readable and naming the holder. Needs the
 * queue (property {@code secretariat.printer}, default {@code SecretariatPDF}) and cups-pdf's output
 * folder (property {@code secretariat.printer.pdfDir} or environment
 * {@code SECRETARIAT_PRINTER_PDF_DIR}); .ci/run sets both up. Without them the test is skipped,
 * unless {@code secretariat.printer.required=true}, which makes that a failure.
 */
@ExtendWith(ApplicationExtension.class)
class CupsPrintTest {

    private static final long WAIT_MS = 60_000;

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;
    private UiContext ui;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            executor.close();
            app.close();
        }
    }

    @Test
    void aCertificatePrintedToCupsPdfComesOutAsAOnePagePdf() throws Exception {
        String queue = System.getProperty("secretariat.printer", "SecretariatPDF");
        String pdfDirName = Optional.ofNullable(System.getProperty("secretariat.printer.pdfDir"))
                .orElse(System.getenv("SECRETARIAT_PRINTER_PDF_DIR"));
        require(pdfDirName != null && !pdfDirName.isBlank(),
                "no cups-pdf output folder given (secretariat.printer.pdfDir / SECRETARIAT_PRINTER_PDF_DIR)");
        Path pdfDir = Path.of(pdfDirName);
        require(Files.isDirectory(pdfDir), "cups-pdf output folder " + pdfDir + " does not exist");
        Printer printer = Printer.getAllPrinters().stream().filter(p -> p.getName().equals(queue)).findFirst()
                .orElse(null);
        require(printer != null, "JavaFX sees no printer " + queue + " (sees " + Printer.getAllPrinters() + ")");
        // the workspace only now, so that a skip costs nothing
        app = TestWorkspace.open(Files.createTempDirectory(dir, "data"), "xinxiang-cbec");
        RecordingDialogs dialogs = new RecordingDialogs();
        executor = new org.secretariat.ui.FxTaskExecutor(dialogs);
        ui = new UiContext(app, Messages.forLanguage("zh"), dialogs, executor);

        long unit = app.roster().save(TestWorkspace.unit("新乡印刷测试单位", "")).id();
        long id = app.certificates().issue("member", List.of(unit), LocalDate.of(2025, 3, 1), false).ids().get(0);
        var design = app.certificateOutput().design(id);
        // cups-pdf names its file after the job title: a unique one finds this job's PDF
        long t0 = System.currentTimeMillis();
        String jobName = "SecretariatCupsTest" + System.currentTimeMillis();
        int printed = WaitForAsyncUtils.asyncFx(() -> {
            PrinterJob job = PrinterJob.createPrinterJob(printer);
            assertNotNull(job, "no printer job for " + queue);
            job.getJobSettings().setJobName(jobName);
            int pages = new CertificatePrinting(ui).printAll(job, List.of(design));
            assertTrue(job.endJob(), "the job did not end: " + job.getJobStatus());
            return pages;
        }).get();
        assertEquals(1, printed);
        long printedMs = System.currentTimeMillis() - t0;

        Path pdf = waitForPdf(pdfDir, jobName);
        long pdfMs = System.currentTimeMillis() - t0;
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1), pdf + " is no PDF");
        PdfReader reader = new PdfReader(bytes);
        try {
            assertEquals(1, reader.getNumberOfPages(), "pages in " + pdf);
            // The page comes as one picture (JavaFX prints a Canvas as a bitmap): no text to extract, so
            // the page is read back by its QR code, which carries the holder's name (decision 0012)
            BufferedImage page = pagePicture(reader);
            assertCertificateInk(page);
            String expected = QrDecode.decode(ImageIO.read(new ByteArrayInputStream(design.qrPng())));
            assertTrue(expected.contains("新乡印刷测试单位"), expected);
            assertEquals(expected, qrCode(page), "the QR code on the printed page");
        } finally {
            reader.close();
        }
        System.out.println("CupsPrintTest: printed in " + printedMs + " ms, " + pdf.getFileName() + " after "
                + pdfMs + " ms");
        Files.delete(pdf);
    }

    /**
     * The printed certificate as ink on the page picture: some but not too much, and its outline (the
     * border frame) spanning most of the page either way, so that a blank, clipped or shrunken print
     * fails.
     */
    private static void assertCertificateInk(BufferedImage page) {
        int w = page.getWidth();
        int h = page.getHeight();
        int minX = w, minY = h, maxX = -1, maxY = -1;
        long dark = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = page.getRGB(x, y);
                if (((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3 < 128) {
                    dark++;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        double share = (double) dark / ((long) w * h);
        assertTrue(share > 0.005 && share < 0.4, "share of ink on the page: " + share);
        assertTrue(maxX - minX > 0.8 * w && maxY - minY > 0.8 * h, "the ink spans " + (maxX - minX) + " × "
                + (maxY - minY) + " of " + w + " × " + h);
    }

    /**
     * The QR code's text, looked for in four overlapping windows of two thirds of the page: on the
     * whole page ZXing's detector can take the border and the lines of text for finder patterns, and
     * where the code lands depends on how the driver turns a landscape page.
     */
    private static String qrCode(BufferedImage page) {
        int w = page.getWidth() * 2 / 3;
        int h = page.getHeight() * 2 / 3;
        for (int[] corner : new int[][] {{0, 0}, {page.getWidth() - w, 0}, {0, page.getHeight() - h},
                {page.getWidth() - w, page.getHeight() - h}}) {
            try {
                return QrDecode.decode(page.getSubimage(corner[0], corner[1], w, h));
            } catch (Exception notHere) {
                // the next window
            }
        }
        return fail("no QR code found on the printed page");
    }

    /** The largest picture on the first page, as cups-pdf's Ghostscript writes it: 8-bit RGB or grey. */
    private static BufferedImage pagePicture(PdfReader reader) throws Exception {
        PdfDictionary xobjects = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        assertNotNull(xobjects, "no pictures on the printed page");
        PRStream largest = null;
        for (PdfName key : xobjects.getKeys()) {
            PRStream stream = (PRStream) PdfReader.getPdfObject(xobjects.get(key));
            if (PdfName.IMAGE.equals(stream.getAsName(PdfName.SUBTYPE)) && (largest == null
                    || stream.getAsNumber(PdfName.WIDTH).intValue() > largest.getAsNumber(PdfName.WIDTH).intValue())) {
                largest = stream;
            }
        }
        assertNotNull(largest, "no picture on the printed page: " + xobjects);
        int w = largest.getAsNumber(PdfName.WIDTH).intValue();
        int h = largest.getAsNumber(PdfName.HEIGHT).intValue();
        assertEquals(8, largest.getAsNumber(PdfName.BITSPERCOMPONENT).intValue(), "bits per component");
        byte[] samples = PdfReader.getStreamBytes(largest);
        int components = samples.length / (w * h);
        assertTrue(components == 1 || components == 3, "components: " + components);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * components;
                int r = samples[i] & 0xFF;
                int rgb = components == 1 ? r * 0x010101
                        : r << 16 | (samples[i + 1] & 0xFF) << 8 | samples[i + 2] & 0xFF;
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    /** cups-pdf writes the file under a temporary name first; a complete one ends with %%EOF. */
    private static Path waitForPdf(Path pdfDir, String jobName) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            try (Stream<Path> files = Files.walk(pdfDir)) {
                Optional<Path> found = files.filter(f -> f.getFileName().toString().contains(jobName)
                        && f.toString().endsWith(".pdf")).findFirst();
                if (found.isPresent() && complete(found.get())) {
                    return found.get();
                }
            }
            Thread.sleep(250);
        }
        return fail("no PDF for job " + jobName + " in " + pdfDir + " after " + WAIT_MS / 1000 + " s");
    }

    private static boolean complete(Path pdf) throws java.io.IOException {
        byte[] bytes = Files.readAllBytes(pdf);
        String tail = new String(bytes, Math.max(0, bytes.length - 32), Math.min(32, bytes.length),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static void require(boolean condition, String reason) {
        if (Boolean.getBoolean("secretariat.printer.required")) {
            assertTrue(condition, reason);
        } else {
            Assumptions.assumeTrue(condition, "skipped, no printer to print to: " + reason);
        }
    }
}
