package org.secretariat.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Text measures for the certificate layout, in em (the text's own size): widths by
 * {@link Layout#ems}, the letter spacing of short titles, and how many lines a wrapped text takes
 * when broken as {@link KinsokuSplit} breaks it.
 */
final class CertificateText {

    /** The ideographic space: one character of first-line indent, or of title letter spacing. */
    static final char IDEOGRAPHIC_SPACE = '\u3000';

    private static final String NO_LINE_START = "，。、；：？！）】》」』〉”’…—·％,.;:?!)]}%";
    private static final String NO_LINE_END = "（【《「『〈“‘([{";

    private CertificateText() {
    }

    static double ems(String s) {
        return s == null ? 0 : Layout.ems(s);
    }

    /**
     * Spreads a short title the way printed certificates do: up to four characters get a full
     * character between them (成　员　证　书), five or six a half one, longer titles none. A title
     * that already has spaces is left alone.
     */
    static String spacedTitle(String title) {
        String t = title.strip();
        if (t.isEmpty() || t.chars().anyMatch(c -> c == ' ' || c == IDEOGRAPHIC_SPACE)) {
            return t;
        }
        int n = t.codePointCount(0, t.length());
        String gap = n <= 4 ? String.valueOf(IDEOGRAPHIC_SPACE) : n <= 6 ? " " : "";
        if (gap.isEmpty()) {
            return t;
        }
        StringBuilder sb = new StringBuilder();
        t.codePoints().forEach(cp -> {
            if (sb.length() > 0) {
                sb.append(gap);
            }
            sb.appendCodePoint(cp);
        });
        return sb.toString();
    }

    /** {@code text} after a first-line indent of {@code chars} ideographic spaces. */
    static String indented(String text, int chars) {
        String t = text.strip();
        return String.valueOf(IDEOGRAPHIC_SPACE).repeat(chars) + t;
    }

    /** How many leading ideographic spaces, the first-line indent in characters. */
    static int leadingIndent(String text) {
        int n = 0;
        while (n < text.length() && text.charAt(n) == IDEOGRAPHIC_SPACE) {
            n++;
        }
        return n;
    }

    /** Lines the text takes in a column {@code widthEm} wide (at least one). */
    static int lines(String text, double widthEm) {
        return lineLengths(text, widthEm).size();
    }

    /**
     * The characters on each line of the text in a column {@code widthEm} wide, broken as
     * {@link KinsokuSplit} breaks it: a closing mark never starts a line, so the character before it
     * goes down with it (「证。」).
     */
    static List<Integer> lineLengths(String text, double widthEm) {
        List<Integer> lengths = new ArrayList<>();
        int chars = 0;
        double x = 0;
        double previous = 0;
        int previousChars = 0;
        String before = "";
        for (String token : tokens(text)) {
            double w = ems(token);
            int n = token.codePointCount(0, token.length());
            if (x > 0 && x + w > widthEm + 1e-6) {
                boolean carry = NO_LINE_START.contains(token) || NO_LINE_END.contains(before);
                lengths.add(carry ? chars - previousChars : chars);
                x = carry ? previous + w : w;
                chars = carry ? previousChars + n : n;
            } else {
                x += w;
                chars += n;
            }
            previous = w;
            previousChars = n;
            before = token;
        }
        lengths.add(chars);
        return lengths;
    }

    /**
     * Whether the text's last line in a column {@code widthEm} wide holds only one or two
     * characters, which printers avoid (a lone 「证。」 under a full line).
     */
    static boolean loneLastLine(String text, double widthEm) {
        List<Integer> lengths = lineLengths(text, widthEm);
        return lengths.size() > 1 && lengths.get(lengths.size() - 1) <= 2;
    }

    /** Chinese characters one by one, Latin words and numbers whole, spaces on their own. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c < 0x2000) {
                word.append(c);
                continue;
            }
            if (word.length() > 0) {
                tokens.add(word.toString());
                word.setLength(0);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                tokens.add(text.substring(i, i + 2));
                i++;
            } else {
                tokens.add(String.valueOf(c));
            }
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }
}
