package org.secretariat.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Renders a {@link Doc} to PDF with OpenPDF: the same page, line pitch and indents as the .docx,
 * fonts from a {@link FontSet} embedded as subsets (real text that can be searched and copied),
 * 「— n —」 page numbers.
 *
 * <p>Renderers that share a {@link FontSet} take turns: OpenPDF's font subsetting is not
 * thread-safe, so each document is made while holding the set's lock.
 */
public final class PdfRenderer {

    private final FontSet fonts;

    public PdfRenderer(FontSet fonts) {
        this.fonts = fonts;
    }

    /** Writes the document to {@code target} atomically. */
    public void write(Doc doc, Path target) throws IOException {
        DocumentFiles.writeAtomically(target, out -> render(doc, out));
    }

    public byte[] toBytes(Doc doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            render(doc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void render(Doc doc, OutputStream out) throws IOException {
        synchronized (fonts) {
            try {
                build(doc, out);
            } catch (DocumentException e) {
                throw new IOException("PDF could not be made: " + e.getMessage(), e);
            }
        }
    }

    private void build(Doc doc, OutputStream out) throws IOException {
        PageSetup page = doc.page();
        Rectangle size = new Rectangle(Math.round(Layout.mmToPt(page.widthMm())),
                Math.round(Layout.mmToPt(page.heightMm())));
        Document document = new Document(size, (float) Layout.mmToPt(page.leftMm()),
                (float) Layout.mmToPt(page.rightMm()), (float) Layout.mmToPt(page.topMm()),
                (float) Layout.mmToPt(page.bottomMm()));
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        writer.setStrictImageSequence(true);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
        if (page.pageNumbers()) {
            writer.setPageEvent(new PdfPageNumbers(page, fonts.baseFont(FontRole.SONG)));
        }
        document.addTitle(doc.titleText());
        document.addCreator("Secretariat");
        document.open();
        PdfText text = new PdfText(fonts);
        boolean breakPending = false;
        for (Block block : doc.blocks()) {
            if (block instanceof Block.PageBreak) {
                breakPending = true;
                continue;
            }
            if (breakPending) {
                document.newPage();
                breakPending = false;
            }
            if (block instanceof Block.Text t) {
                Paragraph p = PdfText.paragraph(t.style().align(), Layout.indents(t), Layout.LINE_PT);
                for (Block.Span span : t.spans()) {
                    p.add(text.chunk(span.text(), span.font(), t.style().sizePt(), spacing(t.style())));
                }
                addLine(document, p, text);
            } else if (block instanceof Block.Table t) {
                document.add(PdfTables.table(t, text, page));
            } else if (block instanceof Block.Image i) {
                Image image = Image.getInstance(i.png());
                double[] wh = Layout.imageSizePt(i, page);
                image.scaleAbsolute((float) wh[0], (float) wh[1]);
                image.setAlignment(Image.MIDDLE);
                document.add(image);
            } else if (block instanceof Block.Signature s) {
                blank(document, text, Layout.SIGNATURE_GAP_LINES);
                TextStyle style = TextStyle.SIGNATURE;
                for (Layout.SignatureLine line : Layout.signature(s)) {
                    Paragraph p = PdfText.paragraph(style.align(), new Layout.Indents(0, 0, line.rightIndentPt()),
                            Layout.LINE_PT);
                    p.add(text.chunk(line.text(), style.font(), style.sizePt(), spacing(style)));
                    document.add(p);
                }
            } else if (block instanceof Block.BlankLines b) {
                blank(document, text, b.count());
            }
        }
        writer.setPageEmpty(false); // an empty document still gets its one page
        document.close();
    }

    /** Adds a paragraph; an empty one still takes its line, as in Word. */
    private static void addLine(Document document, Paragraph p, PdfText text) {
        if (p.getContent().isEmpty()) {
            blank(document, text, 1);
        } else {
            document.add(p);
        }
    }

    private static void blank(Document document, PdfText text, int lines) {
        for (int i = 0; i < lines; i++) {
            Paragraph p = PdfText.paragraph(TextStyle.Align.LEFT, new Layout.Indents(0, 0, 0), Layout.LINE_PT);
            p.add(new Chunk("\u00a0", text.chunk("", FontRole.FANGSONG, Layout.BODY_PT, 0).getFont()));
            document.add(p);
        }
    }

    private static double spacing(TextStyle style) {
        return style.onCharacterGrid() ? Layout.GRID_SPACING_PT : 0;
    }
}
