package org.secretariat.document;

import static org.secretariat.document.CertificateLayout.LINE_SPACING;
import static org.secretariat.document.CertificateLayout.ptToMm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.secretariat.document.CertificateLayout.Align;
import org.secretariat.document.CertificateLayout.Box;
import org.secretariat.document.CertificateLayout.FontUse;
import org.secretariat.document.CertificateLayout.ImageBox;
import org.secretariat.document.CertificateLayout.LineBox;
import org.secretariat.document.CertificateLayout.TextBox;

/**
 * A certificate's boxes by their part, so that the Word file can treat the parts differently (the
 * body flows, the issuer block is a frame, the seal floats); absent parts are {@code null}. All
 * measures are for A4 and scale with the paper's short side (factor {@code s}).
 */
record CertificatePlan(double widthMm, double heightMm, List<LineBox> border, TextBox number, ImageBox logo,
                       TextBox title, TextBox holder, TextBox body, TextBox validity, TextBox issuer, TextBox date,
                       TextBox verifyCode, ImageBox qr, ImageBox seal) {

    /** The boxes in drawing order: lines, text, pictures, the seal last. */
    CertificateLayout layout() {
        List<Box> boxes = new ArrayList<>(border);
        Stream.of(number, title, holder, body, validity, issuer, date, verifyCode, logo, qr, seal)
                .filter(Objects::nonNull).forEach(boxes::add);
        return new CertificateLayout(widthMm, heightMm, boxes);
    }

    static CertificatePlan of(CertificateDesign d) {
        return new Planner(d).plan();
    }

    /** The layout rules, top to bottom after the fixed bottom block. */
    private static final class Planner {
        private final CertificateDesign d;
        private final double w;
        private final double h;
        private final double s;
        private final double margin;
        private final double left;
        private final double inner;
        private final double titlePt;
        private final double bodyPt;

        Planner(CertificateDesign d) {
            this.d = d;
            this.w = d.widthMm();
            this.h = d.heightMm();
            this.s = Math.min(w, h) / 210;
            this.margin = 15 * s;
            this.left = margin + 15 * s;
            this.inner = w - 2 * left;
            this.titlePt = d.titleSizePt() > 0 ? d.titleSizePt() : 42 * s;
            this.bodyPt = d.bodySizePt() > 0 ? d.bodySizePt() : 22 * s;
        }

        CertificatePlan plan() {
            TextBox number = null;
            if (present(d.numberLine())) {
                double pt = fit(d.numberLine(), Math.min(12 * s, bodyPt), inner / 2);
                // clear of the corner ornaments of the classic border
                number = new TextBox(w / 2, margin + 6 * s, inner / 2 - 4 * s, ptToMm(pt) * 1.5, d.numberLine().strip(),
                        FontUse.BODY, pt, Align.RIGHT, false);
            }
            // the bottom: issuer and date in a block at the right, the seal on it, the QR code at the left
            // on an upright sheet the block sits a little higher, as printed certificates have it
            double bottom = h - margin - 20 * s - Math.max(0, h - w) * 0.15;
            double line = ptToMm(bodyPt) * 1.6;
            double blockMax = inner * (w > h ? 0.55 : 0.7);
            double issuerPt = present(d.issuer()) ? fit(d.issuer(), bodyPt, blockMax) : bodyPt;
            double datePt = present(d.dateLine()) ? fit(d.dateLine(), bodyPt, blockMax) : bodyPt;
            double blockW = Math.max(ems(d.issuer()) * ptToMm(issuerPt), ems(d.dateLine()) * ptToMm(datePt))
                    + ptToMm(bodyPt);
            double blockX = w - left - ptToMm(bodyPt) - blockW;
            TextBox date = present(d.dateLine()) ? new TextBox(blockX, bottom - line, blockW, line,
                    d.dateLine().strip(), FontUse.BODY, datePt, Align.CENTER, false) : null;
            double issuerY = bottom - line * (date == null ? 1 : 2);
            TextBox issuer = present(d.issuer()) ? new TextBox(blockX, issuerY, blockW, line,
                    d.issuer().strip(), FontUse.BODY, issuerPt, Align.CENTER, false) : null;
            double blockTop = issuer != null ? issuerY : bottom - line;
            double limit = blockTop;
            ImageBox seal = null;
            if (d.sealPng() != null) {
                seal = centred(d.sealPng(), blockX + blockW / 2, (blockTop + bottom) / 2, 42 * s);
                limit = Math.min(limit, seal.y());
            }
            TextBox code = null;
            double codeTop = bottom;
            if (present(d.verifyCode())) {
                double pt = fit(d.verifyCode(), 8 * s, inner * 0.4);
                double codeH = ptToMm(pt) * 1.5;
                // Latin letters are wider than half an em in many fonts; the text is flush left, so room to spare costs nothing
                double codeW = Math.max(22 * s, ems(d.verifyCode()) * ptToMm(pt) * 1.3 + s);
                code = new TextBox(left, bottom - codeH, codeW, codeH, d.verifyCode().strip(), FontUse.BODY, pt,
                        Align.LEFT, false);
                codeTop = code.y();
                limit = Math.min(limit, codeTop);
            }
            ImageBox qr = null;
            if (d.qrPng() != null) {
                double size = 22 * s;
                qr = new ImageBox(left, codeTop - size - (code == null ? 0 : 1.5 * s), size, size, d.qrPng());
                limit = Math.min(limit, qr.y());
            }
            // the top: number, logo, title
            ImageBox logo = null;
            double titleY = margin + 0.09 * h;
            if (d.logoPng() != null) {
                logo = logo(d.logoPng(), margin + 9 * s, 16 * s, 60 * s);
                titleY = Math.max(titleY, logo.y() + logo.h() + 2 * s);
            }
            String titleText = CertificateText.spacedTitle(d.title());
            double tPt = fit(titleText, titlePt, inner);
            TextBox title = new TextBox(left, titleY, inner, ptToMm(tPt) * 1.5, titleText, FontUse.TITLE, tPt,
                    Align.CENTER, false);
            Middle middle = middle(title.y() + title.h(), limit - 4 * s);
            return new CertificatePlan(w, h, CertificateBorders.lines(d.border(), w, h, margin, s), number, logo,
                    title, middle.holder, middle.body, middle.validity, issuer, date, code, qr, seal);
        }

        /** Holder, body and validity, the body shrunk until they fit between {@code top} and {@code limit}. */
        private Middle middle(double top, double limit) {
            double minGap = 6 * s;
            Middle m = null;
            for (double pt = bodyPt; m == null || m.height > limit - top - minGap && pt > bodyPt * 0.55; pt *= 0.92) {
                m = middleAt(pt);
            }
            double free = limit - top - m.height;
            return m.movedTo(top + Math.max(minGap, Math.min(free * 0.4, 28 * s)));
        }

        /** The middle part at body size {@code pt}, starting at y = 0. */
        private Middle middleAt(double pt) {
            double y = 0;
            TextBox holder = null;
            if (present(d.holderLine())) {
                holder = holder(d.holderLine().strip(), pt);
                y = holder.h() + 4 * s;
            }
            String text = CertificateText.indented(d.body(), 2);
            TextBox body = body(text, pt, y);
            double em = ptToMm(pt);
            y += body.h();
            TextBox validity = null;
            if (present(d.validityLine())) {
                double vPt = fit(d.validityLine(), pt, inner - 2 * em);
                validity = new TextBox(left + 2 * em, y, inner - 2 * em, LINE_SPACING * em, d.validityLine().strip(),
                        FontUse.BODY, vPt, Align.LEFT, false);
                y += validity.h();
            }
            return new Middle(holder, body, validity, y);
        }

        /**
         * The body paragraph at {@code y}: at size {@code pt} unless its last line would hold only one
         * or two characters (「证。」); then slightly smaller (down to 92 %) so that they join the line
         * above, or else a little narrower, centred, so that more characters come down to them.
         */
        private TextBox body(String text, double pt, double y) {
            for (double f = 1; f > 0.915; f -= 0.01) {
                double size = pt * f;
                if (!CertificateText.loneLastLine(text, inner / ptToMm(size))) {
                    return bodyBox(text, size, y, inner);
                }
            }
            double em = ptToMm(pt);
            for (int k = 1; k <= 6; k++) {
                if (!CertificateText.loneLastLine(text, inner / em - k)) {
                    return bodyBox(text, pt, y, inner - k * em);
                }
            }
            return bodyBox(text, pt, y, inner);
        }

        private TextBox bodyBox(String text, double pt, double y, double width) {
            double em = ptToMm(pt);
            int lines = CertificateText.lines(text, width / em);
            return new TextBox(left + (inner - width) / 2, y, width, lines * LINE_SPACING * em, text, FontUse.BODY, pt,
                    Align.JUSTIFY, true);
        }

        /** The name line: big; shrunk to fit one line down to 70 %, else wrapped over lines. */
        private TextBox holder(String text, double bodyPt) {
            double preferred = Math.min(titlePt, Math.max(bodyPt * 1.3, titlePt * 0.62));
            double ems = ems(text);
            double oneLine = Math.min(preferred, Layout.mmToPt(inner / ems) * 0.98);
            if (oneLine >= preferred * 0.7) {
                return new TextBox(left, 0, inner, ptToMm(oneLine) * 1.6, text, FontUse.TITLE, oneLine,
                        Align.CENTER, false);
            }
            double pt = Math.max(bodyPt, preferred * 0.7);
            int lines = CertificateText.lines(text, inner / ptToMm(pt));
            return new TextBox(left, 0, inner, lines * LINE_SPACING * ptToMm(pt), text, FontUse.TITLE, pt,
                    Align.CENTER, true);
        }

        /** A picture {@code height} mm high (narrower if it would be wider than {@code maxWidth}), centred across. */
        private ImageBox logo(byte[] png, double top, double height, double maxWidth) {
            double ratio = 1;
            try {
                int[] px = Layout.pngSize(png);
                ratio = (double) px[0] / px[1];
            } catch (IllegalArgumentException notPng) {
                // another format: drawn square
            }
            double bw = Math.min(maxWidth, height * ratio);
            double bh = bw / ratio;
            return new ImageBox(w / 2 - bw / 2, top + (height - bh) / 2, bw, bh, png);
        }

        /** A picture at most {@code size} mm across either way, centred on (cx, cy), in proportion. */
        private static ImageBox centred(byte[] png, double cx, double cy, double size) {
            double bw = size;
            double bh = size;
            try {
                int[] px = Layout.pngSize(png);
                if (px[0] >= px[1]) {
                    bh = size * px[1] / px[0];
                } else {
                    bw = size * px[0] / px[1];
                }
            } catch (IllegalArgumentException notPng) {
                // another format: drawn square
            }
            return new ImageBox(cx - bw / 2, cy - bh / 2, bw, bh, png);
        }

        /** The size, at most {@code pt}, at which the text fits on one line {@code widthMm} wide. */
        private static double fit(String text, double pt, double widthMm) {
            double ems = ems(text);
            return ems == 0 ? pt : Math.min(pt, Layout.mmToPt(widthMm / ems) * 0.98);
        }

        private static double ems(String text) {
            return present(text) ? CertificateText.ems(text.strip()) : 0;
        }

        private static boolean present(String text) {
            return text != null && !text.isBlank();
        }
    }

    /** Holder, body and validity boxes, laid out from y = 0, and their total height. */
    private record Middle(TextBox holder, TextBox body, TextBox validity, double height) {
        Middle movedTo(double top) {
            return new Middle(moved(holder, top), moved(body, top), moved(validity, top), height);
        }

        private static TextBox moved(TextBox b, double dy) {
            return b == null ? null
                    : new TextBox(b.x(), b.y() + dy, b.w(), b.h(), b.text(), b.font(), b.sizePt(), b.align(), b.wrap());
        }
    }
}
