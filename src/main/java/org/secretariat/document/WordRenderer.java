package org.secretariat.document;

import org.secretariat.files.AtomicFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Renders a {@link Doc} to a Word .docx with Apache POI: GB/T 9704 page, fonts named by their
 * Chinese family ({@link FontRole#wordFamily()}), fixed 28.95 pt lines, 「— n —」 page numbers.
 */
public final class WordRenderer {

    /** Writes the document to {@code target} atomically. */
    public void write(Doc doc, Path target) throws IOException {
        AtomicFiles.writeAtomically(target, out -> write(doc, out));
    }

    public byte[] toBytes(Doc doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(doc, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void write(Doc doc, OutputStream out) throws IOException {
        try (XWPFDocument d = new XWPFDocument()) {
            d.getProperties().getCoreProperties().setTitle(doc.titleText());
            d.getProperties().getCoreProperties().setCreator("Secretariat");
            WordPage.setUp(d, doc.page());
            new Writer(d, doc.page()).blocks(doc);
            WordFonts.declare(d);
            d.write(out);
        }
    }

    /** Walks the blocks; a page break becomes "page break before" on the next paragraph. */
    private static final class Writer {
        private final XWPFDocument d;
        private final PageSetup page;
        private boolean breakPending;
        private int images;

        Writer(XWPFDocument d, PageSetup page) {
            this.d = d;
            this.page = page;
        }

        void blocks(Doc doc) throws IOException {
            List<Pagination.Keep> keeps = Pagination.rules(doc.blocks());
            for (int k = 0; k < doc.blocks().size(); k++) {
                Block block = doc.blocks().get(k);
                Pagination.Keep keep = keeps.get(k);
                if (block instanceof Block.Text t) {
                    text(t, keep);
                } else if (block instanceof Block.Table t) {
                    if (breakPending) {
                        WordText.exactLines(paragraph(), 1); // a table cannot carry the break itself
                    }
                    WordTables.add(d, t, page);
                } else if (block instanceof Block.Image i) {
                    image(i);
                } else if (block instanceof Block.CutLine) {
                    WordTables.cutLine(d, paragraph());
                } else if (block instanceof Block.Signature s) {
                    blank(Layout.SIGNATURE_GAP_LINES, WordText.SIGNATURE_GAP);
                    List<Layout.SignatureLine> lines = Layout.signature(s);
                    for (Layout.SignatureLine line : lines) {
                        XWPFParagraph p = paragraph();
                        TextStyle style = TextStyle.SIGNATURE;
                        WordText.paragraph(p, style.align(), new Layout.Indents(0, 0, line.rightIndentPt()),
                                Layout.LINE_PT);
                        WordText.addText(p, line.text(), style.font().wordFamily(), style.sizePt(), spacing(style));
                        WordText.keep(p, line == lines.get(lines.size() - 1) ? keep : WordText.SIGNATURE_GAP);
                    }
                } else if (block instanceof Block.PageBreak) {
                    breakPending = true;
                } else if (block instanceof Block.BlankLines b) {
                    blank(b.count(), keep);
                } else if (block instanceof Block.Imprint im) {
                    blank(WordImprint.padding(doc, im), keep);
                    WordImprint.add(d, im, page);
                }
            }
        }

        private void text(Block.Text t, Pagination.Keep keep) {
            XWPFParagraph p = paragraph();
            TextStyle style = t.style();
            WordText.paragraph(p, style.align(), Layout.indents(t), Layout.LINE_PT);
            boolean shortEnd = style != TextStyle.TITLE // titles break between phrases: Doc.title(String...)
                    && Layout.wraps(t, page) && Layout.lastLineEms(t, page) < Pagination.MIN_LAST_LINE;
            double at = Layout.indents(t).firstLinePt() / style.sizePt();
            for (int i = 0; i < t.spans().size(); i++) {
                Block.Span span = t.spans().get(i);
                at = WordText.addText(p, span.text(), span.font().wordFamily(), style.sizePt(), spacing(style),
                        at, Layout.lineEms(t, page), shortEnd && i == t.spans().size() - 1);
            }
            WordText.keep(p, keep);
        }

        private void image(Block.Image image) throws IOException {
            XWPFParagraph p = paragraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingBetween(1.0, LineSpacingRule.AUTO); // a fixed line pitch would clip the picture
            double[] size = Layout.imageSizePt(image, page);
            try {
                p.createRun().addPicture(new ByteArrayInputStream(image.png()), PictureType.PNG,
                        "image" + (++images) + ".png", Units.toEMU(size[0]), Units.toEMU(size[1]));
            } catch (InvalidFormatException e) {
                throw new IOException("cannot embed picture", e);
            }
        }

        private void blank(int lines, Pagination.Keep keep) {
            for (int i = 0; i < lines; i++) {
                XWPFParagraph p = paragraph();
                WordText.exactLines(p, Layout.LINE_PT);
                WordText.keep(p, keep);
            }
        }

        private XWPFParagraph paragraph() {
            XWPFParagraph p = d.createParagraph();
            if (breakPending) {
                p.setPageBreak(true);
                breakPending = false;
            }
            return p;
        }

        private static double spacing(TextStyle style) {
            return style.onCharacterGrid() ? Layout.GRID_SPACING_PT : 0;
        }
    }
}
