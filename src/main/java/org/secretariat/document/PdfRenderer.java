package org.secretariat.document;

import org.secretariat.files.AtomicFiles;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a {@link Doc} to PDF with OpenPDF: the same page, line pitch and indents as the .docx,
 * fonts from a {@link FontSet} embedded as subsets (real text that can be searched and copied),
 * 「— n —」 page numbers.
 *
 * <p>{@link PdfFlow} places the text as Word does: 22 lines of 28.95 pt in the text block.
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
        AtomicFiles.writeAtomically(target, out -> render(doc, out));
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
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
        if (page.pageNumbers()) {
            writer.setPageEvent(new PdfPageNumbers(page, fonts.baseFont(FontRole.SONG)));
        }
        document.addTitle(doc.titleText());
        document.addCreator("Secretariat");
        document.open();
        PdfFlow flow = new PdfFlow(document, writer);
        List<List<PdfFlow.Item>> pages = elements(doc, new PdfText(fonts));
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) {
                flow.newPage();
            }
            flow.add(pages.get(i));
        }
        doc.blocks().stream().filter(Block.Imprint.class::isInstance).map(Block.Imprint.class::cast).reduce((a, b) -> b)
                .ifPresent(im -> PdfImprint.place(flow, document, writer, im, new PdfText(fonts), page));
        writer.setPageEmpty(false); // an empty document still gets its one page
        document.close();
    }

    /** The PDF elements of the blocks, split into runs that each start on a new page. */
    private static List<List<PdfFlow.Item>> elements(Doc doc, PdfText text) {
        List<List<PdfFlow.Item>> pages = new ArrayList<>();
        List<PdfFlow.Item> items = new ArrayList<>();
        pages.add(items);
        List<Pagination.Keep> keeps = Pagination.rules(doc.blocks());
        for (int k = 0; k < doc.blocks().size(); k++) {
            Block block = doc.blocks().get(k);
            List<Element> current = new ArrayList<>();
            if (block instanceof Block.PageBreak) {
                if (!items.isEmpty()) {
                    items = new ArrayList<>();
                    pages.add(items);
                }
            } else if (block instanceof Block.Text t) {
                Paragraph p = PdfText.paragraph(t.style().align(), Layout.indents(t), Layout.LINE_PT);
                for (Block.Span span : t.spans()) {
                    p.add(text.chunk(span.text(), span.font(), t.style().sizePt(), spacing(t.style())));
                }
                current.add(t.text().isBlank() ? blank(text) : p);
            } else if (block instanceof Block.Table t) {
                current.add(PdfTables.table(t, text, doc.page()));
            } else if (block instanceof Block.Image i) {
                current.add(image(i, doc.page()));
            } else if (block instanceof Block.CutLine) {
                current.add(PdfTables.cutLine(doc.page()));
            } else if (block instanceof Block.Signature s) {
                for (int n = 0; n < Layout.SIGNATURE_GAP_LINES; n++) {
                    current.add(blank(text));
                }
                TextStyle style = TextStyle.SIGNATURE;
                for (Layout.SignatureLine line : Layout.signature(s)) {
                    Paragraph p = PdfText.paragraph(style.align(), new Layout.Indents(0, 0, line.rightIndentPt()),
                            Layout.LINE_PT);
                    p.add(text.chunk(line.text(), style.font(), style.sizePt(), spacing(style)));
                    current.add(p);
                }
            } else if (block instanceof Block.BlankLines b) {
                for (int n = 0; n < b.count(); n++) {
                    current.add(blank(text));
                }
            }
            if (!current.isEmpty()) {
                items.add(new PdfFlow.Item(current, keeps.get(k)));
            }
        }
        if (items.isEmpty() && pages.size() > 1) {
            pages.remove(pages.size() - 1); // a trailing page break makes no empty page
        }
        return pages;
    }

    /** An empty line of body text; it takes its line as an empty paragraph does in Word. */
    private static Paragraph blank(PdfText text) {
        Paragraph p = PdfText.paragraph(TextStyle.Align.LEFT, new Layout.Indents(0, 0, 0), Layout.LINE_PT);
        p.add(new Chunk(" ", text.chunk("", FontRole.FANGSONG, Layout.BODY_PT, 0).getFont()));
        return p;
    }

    /** A picture, centred, in a borderless one-cell table so it flows with the text. */
    private static PdfPTable image(Block.Image block, PageSetup page) {
        Image image;
        try {
            image = Image.getInstance(block.png());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double[] wh = Layout.imageSizePt(block, page);
        image.scaleAbsolute((float) wh[0], (float) wh[1]);
        PdfPCell cell = new PdfPCell(image, false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        PdfPTable table = new PdfPTable(1);
        table.setTotalWidth((float) wh[0]);
        table.setLockedWidth(true);
        table.setHorizontalAlignment(Element.ALIGN_CENTER);
        table.addCell(cell);
        return table;
    }

    private static double spacing(TextStyle style) {
        return style.onCharacterGrid() ? Layout.GRID_SPACING_PT : 0;
    }
}
