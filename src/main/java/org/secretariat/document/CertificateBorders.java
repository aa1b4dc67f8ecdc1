package org.secretariat.document;

import java.util.ArrayList;
import java.util.List;
import org.secretariat.document.CertificateLayout.LineBox;

/**
 * The border of a certificate as straight lines: one rectangle {@code marginMm} in from the edge,
 * two for {@link BorderStyle#DOUBLE}, and for {@link BorderStyle#CLASSIC} a thick outer and a thin
 * inner rectangle with two nested brackets and a small square in each inner corner.
 */
final class CertificateBorders {

    private CertificateBorders() {
    }

    /** The lines of the style on a {@code w} × {@code h} mm page; {@code s} scales widths and gaps (1 on A4). */
    static List<LineBox> lines(BorderStyle style, double w, double h, double marginMm, double s) {
        List<LineBox> lines = new ArrayList<>();
        switch (style) {
            case NONE -> {
            }
            case SIMPLE -> rectangle(lines, marginMm, w, h, 1.5 * s);
            case DOUBLE -> {
                rectangle(lines, marginMm, w, h, 1.0 * s);
                rectangle(lines, marginMm + 1.6 * s, w, h, 1.0 * s);
            }
            case CLASSIC -> {
                rectangle(lines, marginMm, w, h, 3.0 * s);
                double inner = marginMm + 2.6 * s;
                rectangle(lines, inner, w, h, 0.8 * s);
                corners(lines, inner, w, h, s);
            }
        }
        return lines;
    }

    private static void rectangle(List<LineBox> lines, double inset, double w, double h, double widthPt) {
        double x0 = inset;
        double y0 = inset;
        double x1 = w - inset;
        double y1 = h - inset;
        lines.add(new LineBox(x0, y0, x1, y0, widthPt));
        lines.add(new LineBox(x1, y0, x1, y1, widthPt));
        lines.add(new LineBox(x1, y1, x0, y1, widthPt));
        lines.add(new LineBox(x0, y1, x0, y0, widthPt));
    }

    /** Two nested brackets and a small square, in each corner inside the inner rectangle. */
    private static void corners(List<LineBox> lines, double inset, double w, double h, double s) {
        double[][] corners = {{inset, inset, 1, 1}, {w - inset, inset, -1, 1},
                {w - inset, h - inset, -1, -1}, {inset, h - inset, 1, -1}};
        for (double[] c : corners) {
            bracket(lines, c, 2.2 * s, 12 * s, 0.8 * s);
            bracket(lines, c, 4.2 * s, 7 * s, 0.8 * s);
            double a = 6.4 * s;
            double b = 8.6 * s;
            lines.add(line(c, a, a, b, a, 0.8 * s));
            lines.add(line(c, b, a, b, b, 0.8 * s));
            lines.add(line(c, b, b, a, b, 0.8 * s));
            lines.add(line(c, a, b, a, a, 0.8 * s));
        }
    }

    /** An L whose corner is {@code offset} in from the page corner {@code c}, arms {@code arm} long. */
    private static void bracket(List<LineBox> lines, double[] c, double offset, double arm, double widthPt) {
        lines.add(line(c, offset, offset, offset + arm, offset, widthPt));
        lines.add(line(c, offset, offset, offset, offset + arm, widthPt));
    }

    /** A line given in the corner's own frame: {@code c[2]}, {@code c[3]} point the axes inwards. */
    private static LineBox line(double[] c, double dx1, double dy1, double dx2, double dy2, double widthPt) {
        return new LineBox(c[0] + c[2] * dx1, c[1] + c[3] * dy1, c[0] + c[2] * dx2, c[1] + c[3] * dy2, widthPt);
    }
}
