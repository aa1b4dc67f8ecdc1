package org.secretariat.document;

import java.util.List;

/**
 * Where everything goes on the page, in millimetres from the top-left corner; shared by the PDF,
 * the Word file and the on-screen preview (which draws the same boxes with JavaFX).
 *
 * <p>The boxes are listed in drawing order: border lines, then text, then pictures, the seal last so
 * that it lies on top of the issuer and the date. How to draw them:
 * <ul>
 *   <li>Text that does not wrap is one line, its glyphs centred vertically in the box and aligned
 *       horizontally as {@link Align} says; shrink it if the actual font is wider than the box.</li>
 *   <li>Text that wraps breaks between Chinese characters (not before closing punctuation); its lines
 *       are {@link #LINE_SPACING} × size apart, each line's glyphs centred in its pitch. Leading
 *       ideographic spaces (U+3000) are the first-line indent, one character each.</li>
 *   <li>Spaces in a title are its letter spacing (成　员　证　书).</li>
 *   <li>Sizes are in points (1 pt = 25.4 / 72 mm).</li>
 * </ul>
 */
public record CertificateLayout(double widthMm, double heightMm, List<Box> boxes) {

    /** Line pitch of wrapped text, in multiples of its size. */
    public static final double LINE_SPACING = 1.75;

    public CertificateLayout {
        boxes = List.copyOf(boxes);
    }

    /** Something drawn on the certificate. */
    public sealed interface Box permits TextBox, ImageBox, LineBox {
    }

    /** Text in a box; {@code sizePt} in points, the rest in millimetres. */
    public record TextBox(double x, double y, double w, double h, String text, FontUse font, double sizePt,
                          Align align, boolean wrap) implements Box {
    }

    /** A PNG picture scaled to fill the box (the layout keeps its proportions). */
    public record ImageBox(double x, double y, double w, double h, byte[] png) implements Box {
    }

    /** A straight line of the border or its ornaments, {@code widthPt} thick, with square ends. */
    public record LineBox(double x1, double y1, double x2, double y2, double widthPt) implements Box {
    }

    /** Horizontal alignment of text in its box; a justified paragraph's last line is flush left. */
    public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /** Which of the design's two typefaces a text uses. */
    public enum FontUse { TITLE, BODY }

    /**
     * Lays out a certificate: the title centred in the upper third, the holder's name under it
     * (shrunk or wrapped to fit), the body paragraph with a two-character first-line indent, the
     * validity under it, issuer and date as a block in the lower right with the seal centred on
     * them, the QR code bottom left with the verification code under it, the number top right.
     * Portrait and A3 pages scale the same measures.
     */
    public static CertificateLayout of(CertificateDesign d) {
        return CertificatePlan.of(d).layout();
    }

    /** Millimetres in {@code pt} points. */
    public static double ptToMm(double pt) {
        return pt * 25.4 / 72;
    }
}
