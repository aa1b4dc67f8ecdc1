package org.secretariat.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.secretariat.document.CertificateLayout.FontUse;
import org.secretariat.document.CertificateLayout.ImageBox;
import org.secretariat.document.CertificateLayout.TextBox;

/**
 * A certificate as a Word .docx that an office can edit by hand, laid out by the same
 * {@link CertificateLayout} as the PDF:
 * <ul>
 *   <li>number, title, holder, body and validity are ordinary paragraphs at their places (space
 *       before, fixed line heights, indents; the body's first-line indent is Word's 「首行缩进 2 字符」),
 *       so they reflow when edited;</li>
 *   <li>issuer and date share a frame at the lower right, the verification code has a frame under
 *       the QR code; frames keep their place whatever happens to the text above;</li>
 *   <li>logo, QR code and seal are pictures floating in front of the text at fixed places on the
 *       page, the seal on top of the issuer and date (Word has no multiply blending: where the
 *       seal's PNG is opaque it hides the text under it);</li>
 *   <li>the border is Word's page border (editable in 「边框和底纹」), at most 31 pt from the edge as
 *       Word allows, so closer to the edge than in the PDF; the classic border's corner ornaments
 *       are not drawn.</li>
 * </ul>
 * Fonts are named by family (the design's font files by the family inside them, else 方正小标宋简体
 * and 楷体), East Asian text tagged zh-CN, as {@link WordRenderer} does.
 */
public final class CertificateWord {

    private final Map<Path, String> families = new HashMap<>();

    /** Writes the certificate to {@code target} atomically. */
    public void write(CertificateDesign d, Path target) throws IOException {
        DocumentFiles.writeAtomically(target, out -> write(d, out));
    }

    public byte[] toBytes(CertificateDesign d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(d, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void write(CertificateDesign d, OutputStream out) throws IOException {
        CertificatePlan plan = CertificatePlan.of(d);
        double margin = 15 * Math.min(d.widthMm(), d.heightMm()) / 210;
        double side = plan.title().x();
        PageSetup page = new PageSetup(d.widthMm(), d.heightMm(), margin, margin, side, side, false);
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle(d.title());
            doc.getProperties().getCoreProperties().setCreator("Secretariat");
            WordPage.setUp(doc, page);
            WordPlacement.pageBorder(doc.getDocument().getBody().getSectPr(), d.border(), margin);
            new Writer(doc, page, family(d.titleFont(), FontRole.XIAOBIAOSONG), family(d.bodyFont(), FontRole.KAI))
                    .write(plan);
            doc.write(out);
        }
    }

    private String family(Path file, FontRole role) {
        if (file == null) {
            return role.wordFamily();
        }
        String name = families.computeIfAbsent(file, CertificateFonts::familyName);
        return name != null ? name : role.wordFamily();
    }

    /** Writes the plan's parts: the flow from the top down, then frames and floating pictures. */
    private static final class Writer {
        private final XWPFDocument doc;
        private final PageSetup page;
        private final String titleFamily;
        private final String bodyFamily;
        private double cursor;
        private int pictures;

        Writer(XWPFDocument doc, PageSetup page, String titleFamily, String bodyFamily) {
            this.doc = doc;
            this.page = page;
            this.titleFamily = titleFamily;
            this.bodyFamily = bodyFamily;
            this.cursor = page.topMm();
        }

        void write(CertificatePlan plan) throws IOException {
            flow(plan.number());
            XWPFParagraph title = flow(plan.title());
            flow(plan.holder());
            flow(plan.body());
            flow(plan.validity());
            XWPFParagraph issuer = framed(plan.issuer(), plan.date());
            framed(plan.verifyCode());
            // the pictures hang on the title, which every certificate has; the seal on the issuer's block
            picture(title, plan.logo(), "logo");
            picture(title, plan.qr(), "qr");
            picture(issuer != null ? issuer : title, plan.seal(), "seal");
        }

        /** A paragraph where the box is: space before from the previous one, indents from the margins. */
        private XWPFParagraph flow(TextBox box) {
            if (box == null) {
                return null;
            }
            XWPFParagraph p = paragraph(box);
            p.setSpacingBefore(Layout.mmToTwips(Math.max(0, box.y() - cursor)));
            p.setIndentationLeft(Layout.mmToTwips(box.x() - page.leftMm()));
            p.setIndentationRight(Layout.mmToTwips(page.widthMm() - page.rightMm() - box.x() - box.w()));
            cursor = Math.max(cursor, box.y()) + box.h();
            return p;
        }

        /** The boxes in one frame around them all, one paragraph each; the first paragraph or null. */
        private XWPFParagraph framed(TextBox... boxes) {
            double x = Double.MAX_VALUE;
            double y = Double.MAX_VALUE;
            double right = 0;
            double bottom = 0;
            for (TextBox b : boxes) {
                if (b != null) {
                    x = Math.min(x, b.x());
                    y = Math.min(y, b.y());
                    right = Math.max(right, b.x() + b.w());
                    bottom = Math.max(bottom, b.y() + b.h());
                }
            }
            XWPFParagraph first = null;
            for (TextBox b : boxes) {
                if (b != null) {
                    XWPFParagraph p = paragraph(b);
                    WordPlacement.frame(p, x, y, right - x, bottom - y);
                    first = first == null ? p : first;
                }
            }
            return first;
        }

        /** A paragraph with the box's text, font, size, alignment and line height. */
        private XWPFParagraph paragraph(TextBox box) {
            XWPFParagraph p = doc.createParagraph();
            double pitch = box.wrap() ? CertificateLayout.LINE_SPACING * box.sizePt() : Layout.mmToPt(box.h());
            WordText.paragraph(p, switch (box.align()) {
                case LEFT -> TextStyle.Align.LEFT;
                case CENTER -> TextStyle.Align.CENTER;
                case RIGHT -> TextStyle.Align.RIGHT;
                case JUSTIFY -> TextStyle.Align.JUSTIFY;
            }, new Layout.Indents(0, 0, 0), pitch);
            int indent = CertificateText.leadingIndent(box.text());
            if (indent > 0) {
                CTPPr pPr = p.getCTP().getPPr();
                CTInd ind = pPr.isSetInd() ? pPr.getInd() : pPr.addNewInd();
                ind.setFirstLineChars(BigInteger.valueOf(100L * indent));
                ind.setFirstLine(BigInteger.valueOf(Layout.ptToTwips(indent * box.sizePt())));
            }
            String family = box.font() == FontUse.TITLE ? titleFamily : bodyFamily;
            WordText.addText(p, box.text().substring(indent), family, box.sizePt(), 0);
            return p;
        }

        private void picture(XWPFParagraph anchor, ImageBox box, String name) throws IOException {
            if (box != null) {
                pictures++;
                WordPlacement.floatingPicture(anchor, box.png(), name + ".png", box.x(), box.y(), box.w(), box.h(),
                        pictures, pictures);
            }
        }
    }
}
