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
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
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
 *   <li>issuer and date are paragraphs too, centred on their block; the verification code shares
 *       the date's line, flush left, the date placed by a centre tab stop;</li>
 *   <li>QR code and seal are pictures floating in front of the text, hanging from the issuer's
 *       paragraph so that they move with it if the text above grows; the logo floats at its place
 *       on the page. Word has no multiply blending: where the seal's PNG is opaque it hides the
 *       text under it;</li>
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
            WordPlacement.pageBorder(doc.getDocument().getBody().getSectPr(), d.border(), margin);
            new Writer(doc, page, family(d.titleFont(), FontRole.XIAOBIAOSONG), family(d.bodyFont(), FontRole.KAI))
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

    /** Writes the plan's parts as paragraphs from the top down, with the pictures floating over them. */
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
            picture(title, plan.logo(), "logo", -1);
            TextBox first = plan.issuer() != null ? plan.issuer() : plan.date() != null ? plan.date() : plan.verifyCode();
            if (first == null) {
                picture(title, plan.qr(), "qr", -1);
                picture(title, plan.seal(), "seal", -1);
                return;
            }
            // the bottom block: an empty line fills the gap, so that the block's first paragraph has no
            // space before and the seal and QR code can hang from its top and move with it
            if (first.y() > cursor) {
                WordText.exactLines(doc.createParagraph(), Layout.mmToPt(first.y() - cursor));
                cursor = first.y();
            }
            double blockTop = cursor;
            XWPFParagraph issuer = flow(plan.issuer());
            XWPFParagraph date = plan.verifyCode() == null ? flow(plan.date()) : codeAndDate(plan);
            XWPFParagraph block = issuer != null ? issuer : date;
            picture(block, plan.qr(), "qr", blockTop);
            picture(block, plan.seal(), "seal", blockTop);
        }

        /** A paragraph where the box is: space before from the previous one, indents from the margins. */
        private XWPFParagraph flow(TextBox box) {
            if (box == null) {
                return null;
            }
            XWPFParagraph p = paragraph(box, box.align());
            addText(p, box, box.font());
            p.setSpacingBefore(Layout.mmToTwips(Math.max(0, box.y() - cursor)));
            p.setIndentationLeft(Layout.mmToTwips(box.x() - page.leftMm()));
            p.setIndentationRight(Layout.mmToTwips(page.widthMm() - page.rightMm() - box.x() - box.w()));
            cursor = Math.max(cursor, box.y()) + box.h();
            return p;
        }

        /**
         * The verification code flush left and the date on the same line, centred on its box by a
         * centre tab stop (the code sits under the QR code, the date under the issuer).
         */
        private XWPFParagraph codeAndDate(CertificatePlan plan) {
            TextBox code = plan.verifyCode();
            TextBox date = plan.date();
            TextBox line = date != null && date.h() > code.h() ? date : code;
            XWPFParagraph p = paragraph(line, CertificateLayout.Align.LEFT);
            p.setSpacingBefore(Layout.mmToTwips(Math.max(0, line.y() - cursor)));
            addText(p, code, FontUse.BODY);
            if (date != null) {
                CTTabStop stop = p.getCTP().getPPr().addNewTabs().addNewTab();
                stop.setVal(STTabJc.CENTER);
                stop.setPos(BigInteger.valueOf(Layout.mmToTwips(date.x() + date.w() / 2 - page.leftMm())));
                XWPFRun tab = p.createRun();
                WordText.format(tab, bodyFamily, date.sizePt(), 0);
                tab.addTab();
                addText(p, date, FontUse.BODY);
            }
            cursor = Math.max(cursor, line.y()) + line.h();
            return p;
        }

        /** An empty paragraph with the box's line height and first-line indent. */
        private XWPFParagraph paragraph(TextBox box, CertificateLayout.Align align) {
            XWPFParagraph p = doc.createParagraph();
            double pitch = box.wrap() ? CertificateLayout.LINE_SPACING * box.sizePt() : Layout.mmToPt(box.h());
            WordText.paragraph(p, switch (align) {
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
            return p;
        }

        /** The box's text without its indent, in its size and the family for {@code font}. */
        private void addText(XWPFParagraph p, TextBox box, FontUse font) {
            String text = box.text().substring(CertificateText.leadingIndent(box.text()));
            WordText.addText(p, text, font == FontUse.TITLE ? titleFamily : bodyFamily, box.sizePt(), 0);
        }

        /**
         * A picture floating over the text, hanging from the anchor paragraph whose top is at
         * {@code anchorTop} mm, or placed on the page when that is negative.
         */
        private void picture(XWPFParagraph anchor, ImageBox box, String name, double anchorTop) throws IOException {
            if (box != null) {
                pictures++;
                boolean hang = anchorTop >= 0;
                WordPlacement.floatingPicture(anchor, box.png(), name + ".png", box.x(),
                        hang ? box.y() - anchorTop : box.y(), box.w(), box.h(), hang, pictures);
            }
        }
    }
}
