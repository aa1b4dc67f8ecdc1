package org.secretariat.document;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Measures both renderers share, so the .docx and the .pdf put things in the same places:
 * line pitch, indents, the signature block, table columns and picture sizes.
 */
final class Layout {

    /** Fixed line pitch: 22 lines in the 225 mm text block. */
    static final double LINE_PT = 28.95;
    /**
     * Word sets the baseline of a fixed-height line 80% of the way down the line; OpenPDF sets it at
     * the bottom. The PDF raises its lines by the difference ({@link PdfFlow}).
     */
    static final double BASELINE_RAISE_PT = 0.2 * LINE_PT;
    /** 三号. */
    static final double BODY_PT = 16;
    /** Extra spacing per character on the 28-characters-a-line grid (156 mm / 28 = 15.79 pt). */
    static final double GRID_SPACING_PT = -0.25;
    /** 小四, table text. */
    static final double TABLE_PT = 12;
    static final double TABLE_LINE_PT = 18;
    /** Space between cell text and the left/right borders (Word's default 0.19 cm). */
    static final double CELL_SIDE_PADDING_PT = 5.4;
    static final double CELL_VERTICAL_PADDING_PT = 2;
    static final double BORDER_PT = 0.5;
    /** 四号 page numbers, 7 mm below the text block, one character in from its edge. */
    static final double PAGE_NUMBER_PT = 14;
    static final double PAGE_NUMBER_GAP_MM = 7;
    /** Empty lines between the text and the signature, room for the seal. */
    static final int SIGNATURE_GAP_LINES = 2;

    private Layout() {
    }

    static double mmToPt(double mm) {
        return mm * 72 / 25.4;
    }

    static int mmToTwips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    static int ptToTwips(double pt) {
        return (int) Math.round(pt * 20);
    }

    /** 「— 3 —」. */
    static String pageNumber(int page) {
        return "— " + page + " —";
    }

    /** Width in characters (em): Chinese characters and full-width punctuation 1, Latin letters and digits ½. */
    static double ems(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean full = c >= 0x2E80 || c == '—' || c == '…' || (c >= '‘' && c <= '”');
            w += full ? 1 : 0.5;
        }
        return w;
    }

    /** Left, first-line (negative = hanging) and right indents of a paragraph, in points. */
    record Indents(double leftPt, double firstLinePt, double rightPt) {
    }

    static Indents indents(Block.Text text) {
        TextStyle style = text.style();
        double em = style.sizePt();
        if (style == TextStyle.LABELLED) {
            double label = ems(text.spans().get(0).text()) * em;
            return new Indents(style.indentChars() * em + label, -label, 0);
        }
        return new Indents(0, style.indentChars() * em, 0);
    }

    /** Characters (ems of the style's size) that a full line of the paragraph holds. */
    static double lineEms(Block.Text text, PageSetup page) {
        TextStyle style = text.style();
        Indents in = indents(text);
        double charPt = style.sizePt() + (style.onCharacterGrid() ? GRID_SPACING_PT : 0);
        return Math.floor((mmToPt(page.textWidthMm()) - in.leftPt() - in.rightPt()) / charPt + 0.01);
    }

    /** Ems of the paragraph's last (or only) piece between line breaks, counting the first-line indent. */
    private static double textEms(Block.Text text) {
        String all = text.text();
        int nl = all.lastIndexOf('\n');
        if (nl >= 0) {
            return ems(all.substring(nl + 1));
        }
        return ems(all) + indents(text).firstLinePt() / text.style().sizePt();
    }

    /** Whether the paragraph's text (its last piece, with the indent) takes more than one line. */
    static boolean wraps(Block.Text text, PageSetup page) {
        return textEms(text) > lineEms(text, page);
    }

    /** Ems on the paragraph's last line, estimated from the 28-characters grid. */
    static double lastLineEms(Block.Text text, PageSetup page) {
        double per = lineEms(text, page);
        double rest = textEms(text) % per;
        return rest == 0 ? per : rest;
    }

    /**
     * A title given as phrases broken into lines only between phrases: as few lines as fit the
     * text width, and of these the most even split (「关于同意××加入\n××的通知」, not a line with
     * 「加入」 alone). A phrase longer than a line is left to wrap.
     */
    static String titleLines(List<String> phrases, PageSetup page) {
        double per = Math.floor(mmToPt(page.textWidthMm()) / TextStyle.TITLE.sizePt());
        int n = phrases.size();
        double[] w = phrases.stream().mapToDouble(Layout::ems).toArray();
        for (int lines = 1; lines <= n; lines++) {
            int[] best = bestSplit(w, lines);
            if (best != null && widest(w, best) <= per || lines == n) {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < n; i++) {
                    if (i > 0 && contains(best, i)) {
                        sb.append('\n');
                    }
                    sb.append(phrases.get(i));
                }
                return sb.toString();
            }
        }
        return String.join("", phrases);
    }

    /** The break positions (phrase indexes starting a new line) that make the widest line narrowest. */
    private static int[] bestSplit(double[] w, int lines) {
        int[] best = null;
        double bestWidth = Double.MAX_VALUE;
        int[] cuts = new int[lines - 1];
        for (int i = 0; i < cuts.length; i++) {
            cuts[i] = i + 1;
        }
        while (true) {
            double widest = widest(w, cuts);
            if (widest < bestWidth) {
                bestWidth = widest;
                best = cuts.clone();
            }
            int k = cuts.length - 1;
            while (k >= 0 && cuts[k] == w.length - (cuts.length - k)) {
                k--;
            }
            if (k < 0) {
                return best;
            }
            cuts[k]++;
            for (int j = k + 1; j < cuts.length; j++) {
                cuts[j] = cuts[j - 1] + 1;
            }
        }
    }

    private static double widest(double[] w, int[] cuts) {
        double widest = 0;
        double line = 0;
        for (int i = 0; i < w.length; i++) {
            if (contains(cuts, i)) {
                widest = Math.max(widest, line);
                line = 0;
            }
            line += w[i];
        }
        return Math.max(widest, line);
    }

    private static boolean contains(int[] cuts, int i) {
        for (int c : cuts) {
            if (c == i) {
                return true;
            }
        }
        return false;
    }

    /** A line of the signature block and its distance from the right margin. */
    record SignatureLine(String text, double rightIndentPt) {
    }

    /**
     * GB/T 9704 §7.3.5: the date four characters in from the right, the issuer centred over it; an
     * issuer too long for that stays two characters in and the date is centred under it.
     */
    static List<SignatureLine> signature(Block.Signature s) {
        String date = ChineseDates.format(s.date());
        double issuerEms = ems(s.issuer());
        double dateEms = ems(date);
        double dateRight = 4;
        double issuerRight = dateRight + (dateEms - issuerEms) / 2;
        if (issuerRight < 2) {
            dateRight += 2 - issuerRight;
            issuerRight = 2;
        }
        double em = TextStyle.SIGNATURE.sizePt();
        return List.of(new SignatureLine(s.issuer(), issuerRight * em), new SignatureLine(date, dateRight * em));
    }

    /** Column widths in points that fill {@code totalPt} in the table's proportions. */
    static double[] columnWidths(Block.Table table, double totalPt) {
        List<Integer> rel = table.relativeWidths();
        double sum = rel.stream().mapToInt(Integer::intValue).sum();
        double[] out = new double[rel.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = totalPt * rel.get(i) / sum;
        }
        return out;
    }

    /** Short cell text is centred; text that would wrap reads better flush left. */
    static boolean centredInCell(String text, double columnPt) {
        return !text.contains("\n") && ems(text) * TABLE_PT <= columnPt - 2 * CELL_SIDE_PADDING_PT;
    }

    /** Width and height of a picture in points, no wider than the text and no taller than the page. */
    static double[] imageSizePt(Block.Image image, PageSetup page) {
        double w = mmToPt(Math.min(image.widthMm(), page.textWidthMm()));
        double h = w * image.pixelHeight() / image.pixelWidth();
        double maxH = mmToPt(page.textHeightMm()) - LINE_PT;
        if (h > maxH) {
            w = w * maxH / h;
            h = maxH;
        }
        return new double[] {w, h};
    }

    /** Pixel width and height from a PNG's IHDR chunk. */
    static int[] pngSize(byte[] png) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (png == null || png.length < 24) {
            throw new IllegalArgumentException("not a PNG image");
        }
        for (int i = 0; i < signature.length; i++) {
            if (png[i] != signature[i]) {
                throw new IllegalArgumentException("not a PNG image");
            }
        }
        if (!"IHDR".equals(new String(png, 12, 4, StandardCharsets.US_ASCII))) {
            throw new IllegalArgumentException("PNG without IHDR header");
        }
        int w = readInt(png, 16);
        int h = readInt(png, 20);
        if (w <= 0 || h <= 0) {
            throw new IllegalArgumentException("PNG of size " + w + "×" + h);
        }
        return new int[] {w, h};
    }

    private static int readInt(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }
}
