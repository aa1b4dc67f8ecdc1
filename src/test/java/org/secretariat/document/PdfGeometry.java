package org.secretariat.document;

import com.lowagie.text.pdf.PdfContentParser;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PRTokeniser;
import com.lowagie.text.pdf.PdfArray;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What a ruler would measure on a PDF page, in millimetres from the page's top-left corner: the
 * straight lines drawn (table borders, cut lines; solid or dashed) and the baselines of the text
 * runs. Reads the page's content stream, following {@code cm}, {@code q}/{@code Q}, path and text
 * positioning operators; enough for the tables and text {@link PdfRenderer} writes.
 */
public final class PdfGeometry {

    /** A stroked straight segment; y grows downwards from the page's top edge. */
    public record Segment(double x1, double y1, double x2, double y2, boolean dashed) {
        public boolean horizontal() {
            return Math.abs(y1 - y2) < 0.05;
        }

        public boolean vertical() {
            return Math.abs(x1 - x2) < 0.05;
        }

        public double length() {
            return Math.hypot(x2 - x1, y2 - y1);
        }
    }

    private final double pageWidthMm;
    private final double pageHeightMm;
    private final List<Segment> segments = new ArrayList<>();
    private final List<double[]> textPositions = new ArrayList<>();

    private PdfGeometry(double widthPt, double heightPt) {
        this.pageWidthMm = widthPt / Layout.mmToPt(1);
        this.pageHeightMm = heightPt / Layout.mmToPt(1);
    }

    /** The geometry of page {@code page} (1-based). */
    public static PdfGeometry of(byte[] pdf, int page) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            var size = reader.getPageSize(page);
            PdfGeometry g = new PdfGeometry(size.getWidth(), size.getHeight());
            g.parse(reader.getPageContent(page), size.getHeight());
            return g;
        } finally {
            reader.close();
        }
    }

    public double pageWidthMm() {
        return pageWidthMm;
    }

    public double pageHeightMm() {
        return pageHeightMm;
    }

    public List<Segment> segments() {
        return List.copyOf(segments);
    }

    /** The x and y (mm from top-left) of each text run's start, on its baseline. */
    public List<double[]> textPositions() {
        return List.copyOf(textPositions);
    }

    /** The distinct y positions (mm from the top, rounded to 0.1 mm) of solid horizontal lines. */
    public List<Double> solidHorizontalRules() {
        return segments.stream().filter(s -> s.horizontal() && !s.dashed()).map(s -> Math.round(s.y1() * 10) / 10.0)
                .distinct().sorted().toList();
    }

    /** Dashed horizontal lines, top to bottom. */
    public List<Segment> dashedHorizontals() {
        return segments.stream().filter(s -> s.horizontal() && s.dashed()).sorted((a, b) -> Double.compare(a.y1(), b.y1()))
                .toList();
    }

    /** The leftmost, topmost, rightmost and lowest ink (lines and text baselines), in mm: {left, top, right, bottom}. */
    public double[] inkBox() {
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Segment s : segments) {
            left = Math.min(left, Math.min(s.x1(), s.x2()));
            right = Math.max(right, Math.max(s.x1(), s.x2()));
            top = Math.min(top, Math.min(s.y1(), s.y2()));
            bottom = Math.max(bottom, Math.max(s.y1(), s.y2()));
        }
        for (double[] t : textPositions) {
            left = Math.min(left, t[0]);
            top = Math.min(top, t[1]);
            bottom = Math.max(bottom, t[1]);
        }
        return new double[] {left, top, right, bottom};
    }

    private void parse(byte[] content, double pageHeightPt) throws IOException {
        PdfContentParser parser = new PdfContentParser(new PRTokeniser(content));
        ArrayList<PdfObject> operands = new ArrayList<>();
        double[] ctm = {1, 0, 0, 1, 0, 0};
        Deque<double[]> stack = new ArrayDeque<>();
        Deque<Boolean> dashStack = new ArrayDeque<>();
        boolean dashed = false;
        double[] current = null;
        List<double[]> pending = new ArrayList<>();
        double[] tm = {1, 0, 0, 1, 0, 0};
        double[] lineStart = {1, 0, 0, 1, 0, 0};
        double leading = 0;
        while (true) {
            operands = new ArrayList<>(parser.parse(operands));
            if (operands.isEmpty()) {
                break;
            }
            String op = operands.get(operands.size() - 1).toString();
            double[] n = numbers(operands);
            switch (op) {
                case "q" -> {
                    stack.push(ctm.clone());
                    dashStack.push(dashed);
                }
                case "Q" -> {
                    ctm = stack.isEmpty() ? ctm : stack.pop();
                    dashed = dashStack.isEmpty() ? dashed : dashStack.pop();
                }
                case "cm" -> ctm = multiply(n, ctm);
                case "d" -> dashed = operands.get(0) instanceof PdfArray a && !a.isEmpty();
                case "m" -> current = point(n[0], n[1], ctm);
                case "l" -> {
                    double[] to = point(n[0], n[1], ctm);
                    if (current != null) {
                        pending.add(new double[] {current[0], current[1], to[0], to[1]});
                    }
                    current = to;
                }
                case "re" -> {
                    double[] a = point(n[0], n[1], ctm);
                    double[] b = point(n[0] + n[2], n[1], ctm);
                    double[] c = point(n[0] + n[2], n[1] + n[3], ctm);
                    double[] e = point(n[0], n[1] + n[3], ctm);
                    pending.add(new double[] {a[0], a[1], b[0], b[1]});
                    pending.add(new double[] {b[0], b[1], c[0], c[1]});
                    pending.add(new double[] {c[0], c[1], e[0], e[1]});
                    pending.add(new double[] {e[0], e[1], a[0], a[1]});
                }
                case "S", "s", "B", "b", "B*", "b*", "f", "F", "f*" -> {
                    for (double[] p : pending) {
                        segments.add(new Segment(mm(p[0]), mm(pageHeightPt - p[1]), mm(p[2]), mm(pageHeightPt - p[3]), dashed));
                    }
                    pending.clear();
                    current = null;
                }
                case "n" -> {
                    pending.clear();
                    current = null;
                }
                case "BT" -> {
                    tm = new double[] {1, 0, 0, 1, 0, 0};
                    lineStart = tm.clone();
                }
                case "Tm" -> {
                    tm = n.clone();
                    lineStart = n.clone();
                }
                case "Td", "TD" -> {
                    if (op.equals("TD")) {
                        leading = -n[1];
                    }
                    lineStart = multiply(new double[] {1, 0, 0, 1, n[0], n[1]}, lineStart);
                    tm = lineStart.clone();
                }
                case "TL" -> leading = n[0];
                case "T*" -> {
                    lineStart = multiply(new double[] {1, 0, 0, 1, 0, -leading}, lineStart);
                    tm = lineStart.clone();
                }
                case "Tj", "TJ", "'", "\"" -> {
                    double[] at = point(tm[4], tm[5], ctm);
                    textPositions.add(new double[] {mm(at[0]), mm(pageHeightPt - at[1])});
                }
                default -> {
                    // colours, fonts and the like do not move anything
                }
            }
        }
    }

    private static double[] numbers(List<PdfObject> operands) {
        double[] out = new double[operands.size()];
        for (int i = 0; i < operands.size() - 1; i++) {
            if (operands.get(i) instanceof PdfNumber num) {
                out[i] = num.doubleValue();
            }
        }
        return out;
    }

    /** a × b for PDF matrices [a b c d e f]. */
    private static double[] multiply(double[] a, double[] b) {
        return new double[] {
            a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
            a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
            a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5]};
    }

    private static double[] point(double x, double y, double[] m) {
        return new double[] {x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]};
    }

    private static double mm(double pt) {
        return pt / Layout.mmToPt(1);
    }
}
