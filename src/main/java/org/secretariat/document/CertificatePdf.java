package org.secretariat.document;

import org.secretariat.files.AtomicFiles;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Certificates as PDF with OpenPDF: the {@link CertificateLayout} drawn with real text (searchable,
 * copyable) in fonts embedded as subsets, the seal over the issuer and date.
 *
 * <p>Keep one instance for a batch: fonts come from the {@link FontSet} and font files a design
 * names are read once per instance; a seal or logo shared by the designs is decoded once and
 * embedded once per file. Instances sharing a font set take turns (OpenPDF's subsetting is not
 * thread-safe), as {@link PdfRenderer} does.
 */
public final class CertificatePdf {

    private final FontSet fonts;
    private final CertificatePdfPainter painter;

    public CertificatePdf(FontSet fonts) {
        this.fonts = fonts;
        this.painter = new CertificatePdfPainter(new CertificateFonts(fonts));
    }

    /** Reports the pages of {@link #writeAll} as they are made and can stop it. */
    public interface Progress {
        /** {@code done} of {@code total} pages are made. */
        void page(int done, int total);

        /** When true, the batch stops with a {@link CancellationException} and leaves no file. */
        boolean cancelled();
    }

    /**
     * The font file this PDF draws the design's title or body text with (the design's own file if
     * usable, else the font set's), so that an on-screen preview can draw with the same typeface.
     */
    public Path fontFile(CertificateDesign d, CertificateLayout.FontUse use) {
        synchronized (fonts) {
            return painter.font(d, use).file();
        }
    }

    /** One certificate, written to {@code target} atomically. */
    public void write(CertificateDesign d, Path target) throws IOException {
        AtomicFiles.writeAtomically(target, out -> render(List.of(d), out, null));
    }

    /**
     * All certificates in one file, one page each (each page in its own design's size).
     *
     * @throws CancellationException when {@code p} says so; the target is then left as it was
     */
    public void writeAll(List<CertificateDesign> designs, Path target, Progress p) throws IOException {
        if (designs.isEmpty()) {
            throw new IllegalArgumentException("no certificates to write");
        }
        AtomicFiles.writeAtomically(target, out -> render(designs, out, p));
    }

    public byte[] toBytes(CertificateDesign d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            render(List.of(d), out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void render(List<CertificateDesign> designs, OutputStream out, Progress p) throws IOException {
        synchronized (fonts) {
            try {
                build(designs, out, p);
            } catch (DocumentException e) {
                throw new IOException("PDF could not be made: " + e.getMessage(), e);
            }
        }
    }

    private void build(List<CertificateDesign> designs, OutputStream out, Progress p) throws IOException {
        Document document = new Document(pageSize(designs.get(0)), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
        document.addTitle(designs.size() == 1 ? designs.get(0).title() : designs.get(0).title() + " ×" + designs.size());
        document.addCreator("Secretariat");
        document.open();
        for (int i = 0; i < designs.size(); i++) {
            if (p != null && p.cancelled()) {
                throw new CancellationException("cancelled after " + i + " of " + designs.size() + " certificates");
            }
            CertificateDesign d = designs.get(i);
            Rectangle size = pageSize(d);
            if (i > 0) {
                document.setPageSize(size);
                document.newPage();
            }
            painter.paint(d, CertificateLayout.of(d), writer.getDirectContent(), size.getHeight());
            if (p != null) {
                p.page(i + 1, designs.size());
            }
        }
        document.close();
    }

    private static Rectangle pageSize(CertificateDesign d) {
        return new Rectangle(Math.round(Layout.mmToPt(d.widthMm())), Math.round(Layout.mmToPt(d.heightMm())));
    }
}
