package org.secretariat.cli;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.ImgRaw;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.secretariat.document.Block;
import org.secretariat.document.CertificateDesign;
import org.secretariat.document.Doc;
import org.secretariat.document.FontRole;
import org.secretariat.document.FontSet;
import org.secretariat.service.AppContext;
import org.secretariat.service.Progress;
import org.secretariat.service.certificates.CertificateOutput;

/**
 * The document rows of {@code bench}: the certificate batch and the annual report, each timed as
 * the user waits for it (from the records to the file on disk) beside OpenPDF alone doing the same
 * page work, warm (each side run once first) and as the median of three runs.
 */
final class BenchDocuments {

    /** Opens a fresh data folder set up with the bench's charter. */
    interface Opener {
        AppContext open(Path dir) throws Exception;
    }

    interface Work {
        void run() throws Exception;
    }

    private static final int YEAR = 2026;
    private static final int RUNS = 3;

    private final Opener opener;

    BenchDocuments(Opener opener) {
        this.opener = opener;
    }

    /**
     * The annual report of the data in {@code ctx} as PDF and as Word; the reference lays out the
     * report's own tables (the bulk of its pages) with OpenPDF alone, in the same fonts and sizes.
     */
    List<String> report(AppContext ctx, Path root, int units) throws Exception {
        Doc doc = ctx.reports().report(YEAR, ctx.documents().fonts());
        List<Block.Table> tables = doc.blocks().stream().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b).toList();
        FontSet fonts = ctx.documents().fonts();
        Path pdf = root.resolve("report-" + units + ".pdf");
        double[] t = medians(() -> ctx.reports().write(YEAR, pdf, ctx.documents()),
                () -> tablesAlone(tables, fonts, root.resolve("report-ref-" + units + ".pdf")),
                () -> ctx.reports().write(YEAR, root.resolve("report-" + units + ".docx"), ctx.documents()));
        return List.of(BenchCommand.row(String.format("annual report PDF, %,d units (ms) vs its tables in OpenPDF", units),
                        t[0], t[1], "≤ 3 s"),
                BenchCommand.row(String.format("annual report Word, %,d units (ms)", units), t[2], 0, "—"));
    }

    /** The PDF report at 1 000, 10 000 and 20 000 units (1 000 meetings each): it should grow linearly. */
    List<String> reportScaling(Path root) throws Exception {
        List<String> rows = new ArrayList<>();
        for (int units : new int[] {1_000, 10_000, 20_000}) {
            try (AppContext ctx = opener.open(root.resolve("scaling-" + units))) {
                BenchData.fill(ctx, units, 1000, new Random(42));
                Path pdf = root.resolve("scaling-" + units + ".pdf");
                double[] t = medians(() -> ctx.reports().write(YEAR, pdf, ctx.documents()));
                rows.add(BenchCommand.row(String.format("annual report PDF, %,d units, 1 000 meetings (ms)", units), t[0], 0,
                        String.format("%.0f ms per 1 000 units", t[0] / (units / 1000.0))));
            }
        }
        return rows;
    }

    /**
     * Certificates as one combined PDF, from the issued records to the file, vs OpenPDF alone writing
     * the same pages: the same texts in the same fonts, a frame, and the QR code made with ZXing
     * and placed as a one-bit picture of the same size.
     */
    String certificates(Path root, int count) throws Exception {
        try (AppContext ctx = opener.open(root.resolve("certs"))) {
            BenchData.fill(ctx, count, 0, new Random(7));
            List<Long> ids = ctx.certificates().issue("member", ctx.certificates().eligibleUnits("member"),
                    LocalDate.now(ctx.clock()), true).ids();
            List<CertificateDesign> designs = ctx.certificateOutput().designs(ids);
            FontSet fonts = ctx.documents().fonts();
            double[] t = medians(() -> ctx.certificateOutput().write(ids, root.resolve("certs-out"), CertificateOutput.Format.PDF,
                    true, Progress.NONE), () -> certificatesAlone(designs, fonts, root.resolve("certs-ref.pdf")));
            return BenchCommand.row(String.format("%,d certificates, combined PDF vs OpenPDF + QR (ms)", ids.size()), t[0], t[1],
                    "≤ 1.2×");
        }
    }

    /** Each piece of work once to warm up, then {@link #RUNS} rounds in turn; the median of each. */
    private static double[] medians(Work... work) throws Exception {
        for (Work w : work) {
            w.run();
        }
        double[][] times = new double[work.length][RUNS];
        for (int r = 0; r < RUNS; r++) {
            for (int i = 0; i < work.length; i++) {
                long start = System.nanoTime();
                work[i].run();
                times[i][r] = (System.nanoTime() - start) / 1e6;
            }
        }
        double[] out = new double[work.length];
        for (int i = 0; i < work.length; i++) {
            Arrays.sort(times[i]);
            out[i] = times[i][RUNS / 2];
        }
        return out;
    }

    /** The report's tables on A4 pages with the official margins: 仿宋 小四 cells, 黑体 header repeated. */
    private static void tablesAlone(List<Block.Table> tables, FontSet fonts, Path target) throws Exception {
        float mm = 72f / 25.4f;
        Document document = new Document(new Rectangle(210 * mm, 297 * mm), 28 * mm, 26 * mm, 37 * mm, 35 * mm);
        try (OutputStream out = Files.newOutputStream(target)) {
            PdfWriter.getInstance(document, out);
            document.open();
            Font cell = new Font(fonts.baseFont(FontRole.FANGSONG), 12);
            Font head = new Font(fonts.baseFont(FontRole.HEI), 12);
            for (Block.Table table : tables) {
                float[] widths = new float[table.relativeWidths().size()];
                for (int i = 0; i < widths.length; i++) {
                    widths[i] = table.relativeWidths().get(i);
                }
                PdfPTable t = new PdfPTable(widths);
                t.setWidthPercentage(100);
                t.setHeaderRows(1);
                t.setSplitLate(true);
                addRow(t, table.header(), head);
                for (List<String> row : table.rows()) {
                    addRow(t, row, cell);
                }
                document.add(t);
                document.add(new Paragraph(" "));
            }
            document.close();
        }
    }

    private static void addRow(PdfPTable t, List<String> cells, Font font) {
        for (String value : cells) {
            PdfPCell c = new PdfPCell();
            Paragraph p = new Paragraph(18, value, font);
            c.addElement(p);
            c.setVerticalAlignment(Element.ALIGN_MIDDLE);
            c.setBorderWidth(0.5f);
            c.setPadding(5.4f);
            t.addCell(c);
        }
    }

    /** The certificates' pages written with OpenPDF alone, each with its own QR code. */
    private static void certificatesAlone(List<CertificateDesign> designs, FontSet fonts, Path target) throws Exception {
        float mm = 72f / 25.4f;
        CertificateDesign first = designs.get(0);
        Rectangle size = new Rectangle((float) first.widthMm() * mm, (float) first.heightMm() * mm);
        Document document = new Document(size, 0, 0, 0, 0);
        BaseFont title = fonts.baseFont(FontRole.XIAOBIAOSONG);
        BaseFont body = fonts.baseFont(FontRole.KAI);
        try (OutputStream out = Files.newOutputStream(target)) {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.open();
            for (CertificateDesign d : designs) {
                document.newPage();
                PdfContentByte cb = writer.getDirectContent();
                float w = size.getWidth();
                float h = size.getHeight();
                cb.setLineWidth(2f);
                cb.rectangle(12 * mm, 12 * mm, w - 24 * mm, h - 24 * mm);
                cb.stroke();
                cb.setLineWidth(0.75f);
                cb.rectangle(15 * mm, 15 * mm, w - 30 * mm, h - 30 * mm);
                cb.stroke();
                text(cb, title, 42, d.title(), w / 2, h - 50 * mm, Element.ALIGN_CENTER);
                text(cb, body, 12, d.numberLine(), w - 25 * mm, h - 25 * mm, Element.ALIGN_RIGHT);
                ColumnText column = new ColumnText(cb);
                column.setSimpleColumn(new Phrase(d.body(), new Font(body, 22)), 35 * mm, 60 * mm, w - 35 * mm, h - 70 * mm,
                        22 * 1.8f, Element.ALIGN_JUSTIFIED);
                column.go();
                text(cb, body, 16, d.validityLine(), w / 2, 75 * mm, Element.ALIGN_CENTER);
                text(cb, body, 22, d.issuer(), w - 40 * mm, 50 * mm, Element.ALIGN_RIGHT);
                text(cb, body, 22, d.dateLine(), w - 40 * mm, 38 * mm, Element.ALIGN_RIGHT);
                text(cb, body, 8, d.verifyCode(), 25 * mm, 22 * mm, Element.ALIGN_LEFT);
                Image qr = qr(String.join("\n", d.issuer(), d.title(), d.holderLine() == null ? d.body() : d.holderLine(),
                        d.numberLine(), d.dateLine(), d.verifyCode()));
                qr.scaleAbsolute(22 * mm, 22 * mm);
                qr.setAbsolutePosition(25 * mm, 26 * mm);
                cb.addImage(qr);
            }
            document.close();
        }
    }

    private static void text(PdfContentByte cb, BaseFont font, float size, String text, float x, float y, int align) {
        if (text == null || text.isBlank()) {
            return;
        }
        cb.beginText();
        cb.setFontAndSize(font, size);
        cb.showTextAligned(align, text, x, y, 0);
        cb.endText();
    }

    /** A 360-pixel QR code from ZXing as a one-bit picture (1 = white), compressed by OpenPDF as it writes. */
    private static Image qr(String content) throws Exception {
        BitMatrix m = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 360, 360, Map.of(
                EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 1,
                EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
        int rowBytes = (m.getWidth() + 7) / 8;
        byte[] bits = new byte[rowBytes * m.getHeight()];
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (!m.get(x, y)) {
                    bits[y * rowBytes + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return new ImgRaw(m.getWidth(), m.getHeight(), 1, 1, bits);
    }
}
