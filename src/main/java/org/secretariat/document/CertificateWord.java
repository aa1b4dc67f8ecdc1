package org.secretariat.document;

import org.secretariat.files.AtomicFiles;
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
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFramePr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHeightRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVAnchor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STWrap;
import org.secretariat.document.CertificateLayout.FontUse;
import org.secretariat.document.CertificateLayout.ImageBox;
import org.secretariat.document.CertificateLayout.TextBox;

/**
 * A certificate as a Word .docx that puts every box where the PDF puts it: both are drawn from the
 * same {@link CertificatePlan}.
 * <ul>
 *   <li>each text box (number, title, holder, body, validity, issuer, date, verification code) is a
 *       framed paragraph (Word's 「图文框」) at the box's position on the page, in its width; a single
 *       line has the box's height as its exact line height, wrapped text the PDF's line pitch and the
 *       first-line indent 「首行缩进 2 字符」. The text stays editable in place;</li>
 *   <li>the border, corner ornaments included, is one page-sized picture at 300 dpi behind the text;</li>
 *   <li>logo, QR code and seal are pictures in front of the text at their places on the page. Word has
 *       no multiply blending: where the seal's PNG is opaque it hides the text under it.</li>
 * </ul>
 * Fonts are named by family (the design's font files by the family inside them, else 方正小标宋简体
 * and 楷体), East Asian text tagged zh-CN, as {@link WordRenderer} does.
 */
public final class CertificateWord {

    private final Map<Path, String> families = new HashMap<>();

    /** Writes the certificate to {@code target} atomically. */
    public void write(CertificateDesign d, Path target) throws IOException {
        AtomicFiles.writeAtomically(target, out -> write(d, out));
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
            new Writer(doc, family(d.titleFont(), FontRole.XIAOBIAOSONG), family(d.bodyFont(), FontRole.KAI))
                    .write(plan);
            WordFonts.declare(doc);
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

    /** Writes the plan's text boxes as framed paragraphs and its pictures at their places on the page. */
    private static final class Writer {
        private final XWPFDocument doc;
        private final String titleFamily;
        private final String bodyFamily;
        private int pictures;

        Writer(XWPFDocument doc, String titleFamily, String bodyFamily) {
            this.doc = doc;
            this.titleFamily = titleFamily;
            this.bodyFamily = bodyFamily;
        }

        void write(CertificatePlan plan) throws IOException {
            // an empty first paragraph holds the pictures; the frames do not take room in the flow
            XWPFParagraph anchor = doc.createParagraph();
            WordText.exactLines(anchor, 1);
            byte[] border = CertificateBorderPicture.png(plan.border(), plan.widthMm(), plan.heightMm());
            if (border != null) {
                picture(anchor, new ImageBox(0, 0, plan.widthMm(), plan.heightMm(), border), "border");
                CTAnchor a = anchor.getRuns().get(anchor.getRuns().size() - 1).getCTR().getDrawingArray(0).getAnchorArray(0);
                a.setBehindDoc(true);
                a.setRelativeHeight(0);
            }
            for (TextBox box : new TextBox[] {plan.number(), plan.title(), plan.holder(), plan.body(), plan.validity(),
                    plan.issuer(), plan.date(), plan.verifyCode()}) {
                if (box != null) {
                    frame(box);
                }
            }
            // the pictures hang from a paragraph after the frames, so that LibreOffice too draws them on top
            XWPFParagraph last = doc.createParagraph();
            WordText.exactLines(last, 1);
            picture(last, plan.logo(), "logo");
            picture(last, plan.qr(), "qr");
            picture(last, plan.seal(), "seal");
        }

        /** A paragraph in a frame where the box is: its position, width and height, its line pitch and indent. */
        private void frame(TextBox box) {
            XWPFParagraph p = doc.createParagraph();
            double pitch = box.wrap() ? CertificateLayout.LINE_SPACING * box.sizePt() : Layout.mmToPt(box.h());
            WordText.paragraph(p, switch (box.align()) {
                case LEFT -> TextStyle.Align.LEFT;
                case CENTER -> TextStyle.Align.CENTER;
                case RIGHT -> TextStyle.Align.RIGHT;
                case JUSTIFY -> TextStyle.Align.JUSTIFY;
            }, new Layout.Indents(0, 0, 0), pitch);
            CTPPr pPr = p.getCTP().getPPr();
            int indent = CertificateText.leadingIndent(box.text());
            if (indent > 0) {
                CTInd ind = pPr.isSetInd() ? pPr.getInd() : pPr.addNewInd();
                ind.setFirstLineChars(BigInteger.valueOf(100L * indent));
                ind.setFirstLine(BigInteger.valueOf(Layout.ptToTwips(indent * box.sizePt())));
            }
            CTFramePr f = pPr.addNewFramePr();
            f.setHAnchor(STHAnchor.PAGE);
            f.setVAnchor(STVAnchor.PAGE);
            f.setX(BigInteger.valueOf(Layout.mmToTwips(box.x())));
            f.setY(BigInteger.valueOf(Layout.mmToTwips(box.y())));
            f.setW(BigInteger.valueOf(Layout.mmToTwips(box.w())));
            f.setH(BigInteger.valueOf(Layout.mmToTwips(box.h())));
            // a wrapped text may grow when edited or when Word's font is wider: never cut it off
            f.setHRule(box.wrap() ? STHeightRule.AT_LEAST : STHeightRule.EXACT);
            f.setWrap(STWrap.AROUND);
            String text = box.text().substring(indent);
            WordText.addText(p, text, box.font() == FontUse.TITLE ? titleFamily : bodyFamily, box.sizePt(), 0);
        }

        /** A picture in front of the text at the box's place on the page. */
        private void picture(XWPFParagraph anchor, ImageBox box, String name) throws IOException {
            if (box != null) {
                pictures++;
                WordPlacement.floatingPicture(anchor, box.png(), name + ".png", box.x(), box.y(), box.w(), box.h(),
                        false, pictures);
            }
        }
    }
}
