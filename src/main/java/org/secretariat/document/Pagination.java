package org.secretariat.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page-break rules that {@link WordRenderer} (as paragraph properties) and {@link PdfFlow} (in its
 * own layout) apply alike, so both files break their pages in the same places:
 *
 * <ul>
 * <li>titles and headings stay with what follows (Word's keepNext and keepLines);</li>
 * <li>the signature block (room for the seal, issuer, date) is never split and takes the last two
 * lines of the body with it;</li>
 * <li>no paragraph leaves a single line at the foot or the top of a page (widow control);</li>
 * <li>no paragraph ends in a line of only one or two characters, and numbers, dates and codes
 * such as 「2027-03-14」 are never broken ({@link #wordText}, {@link KinsokuSplit}).</li>
 * </ul>
 */
final class Pagination {

    /** U+2060 WORD JOINER: no line break on either side, draws nothing. */
    static final char JOINER = '\u2060';
    /** The last line of a paragraph holds at least this many characters. */
    static final int MIN_LAST_LINE = 3;
    /** Lines a paragraph keeps together at a page break, at the foot and at the top. */
    static final int MIN_LINES_AT_BREAK = 2;

    /**
     * A date 「2025年6月5日」, or a run of letters and digits joined by - . / : such as
     * 「2027-03-14」, 「0373-1234567」, 「V1.2」.
     */
    private static final Pattern UNBREAKABLE = Pattern.compile(
            "\\d{4}年\\d{1,2}月(\\d{1,2}日)?|[0-9A-Za-z]+(?:[-./:\u2011][0-9A-Za-z]+)+");

    /** One matcher per thread, reset for each break tried: making one allocated its state every time. */
    private static final ThreadLocal<Matcher> MATCHER = ThreadLocal.withInitial(() -> UNBREAKABLE.matcher(""));

    /** How a block may be broken across pages. */
    record Keep(boolean keepNext, boolean keepLines, boolean widowControl) {
        static final Keep NONE = new Keep(false, false, false);
        static final Keep BODY = new Keep(false, false, true);
    }

    private Pagination() {
    }

    /** One rule for each block of {@code blocks}, in the same order. */
    static List<Keep> rules(List<Block> blocks) {
        List<Keep> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block next = nextContent(blocks, i);
            Keep keep;
            if (b instanceof Block.Text t) {
                boolean head = switch (t.style()) {
                    case TITLE, SUBTITLE, HEADING1, HEADING2 -> true;
                    default -> false;
                };
                boolean beforeSignature = next instanceof Block.Signature;
                keep = new Keep(next != null && (head || beforeSignature), head, true);
            } else if (b instanceof Block.BlankLines) {
                boolean chained = i > 0 && out.get(i - 1).keepNext() && next != null;
                keep = new Keep(chained || next instanceof Block.Signature, false, false);
            } else if (b instanceof Block.Signature) {
                keep = new Keep(false, true, false);
            } else {
                keep = Keep.NONE;
            }
            out.add(keep);
        }
        return out;
    }

    /** The next block that is not blank lines, null at a page break or the end. */
    private static Block nextContent(List<Block> blocks, int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            Block b = blocks.get(j);
            if (b instanceof Block.PageBreak) {
                return null;
            }
            if (!(b instanceof Block.BlankLines)) {
                return b;
            }
        }
        return null;
    }

    /**
     * The text for Word with U+2060 joiners where Word could break a line that must not break:
     * inside a code such as 「2027-03-14」 (after its hyphens and slashes), inside a date
     * 「2025年6月5日」 that the line grid puts near a line end, and ({@code shortEnd}) between the last
     * {@link #MIN_LAST_LINE} characters. {@code startEms} is where the text starts on its line
     * grid of {@code lineEms} characters; with {@code lineEms} 0 (a table cell, a certificate box)
     * the text is left as it is. Joiners go only where needed, so the .docx text stays as typed
     * nearly everywhere.
     */
    static String wordText(String text, double startEms, double lineEms, boolean shortEnd) {
        if (lineEms <= 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length() + 8);
        Matcher m = UNBREAKABLE.matcher(text);
        int at = 0;
        while (m.find()) {
            sb.append(text, at, m.start());
            String token = m.group();
            if (token.indexOf('年') >= 0) {
                double s = startEms + Layout.ems(text.substring(0, m.start()));
                sb.append(nearLineEnd(s, s + Layout.ems(token), lineEms) ? joinDate(token) : token);
            } else {
                sb.append(token.replaceAll("([-/])", "$1" + JOINER)); // rare in prose, widths vary
            }
            at = m.end();
        }
        sb.append(text.substring(at));
        if (shortEnd) {
            joinEnd(sb);
        }
        return sb.toString();
    }

    /** Whether a line end of the grid falls within two characters of the span [from, to). */
    private static boolean nearLineEnd(double from, double to, double lineEms) {
        double margin = 2;
        long k = Math.max(1, (long) Math.ceil((from - margin) / lineEms));
        return k * lineEms < to + margin;
    }

    /** Joiners where a digit meets a Chinese character: 「2025⁠年⁠6⁠月⁠5⁠日」. */
    private static String joinDate(String date) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < date.length(); k++) {
            if (k > 0 && Character.isDigit(date.charAt(k)) != Character.isDigit(date.charAt(k - 1))) {
                sb.append(JOINER);
            }
            sb.append(date.charAt(k));
        }
        return sb.toString();
    }

    /**
     * Whether a break between text[i] and text[i + 1] would split a number, date or code. A match
     * holds only {@link #mayBeUnbreakable} characters, so the expression runs only on the run of them
     * around the break (within 24 before and 26 after, as it always looked), and only if the run has a
     * separator or 年: most breaks the PDF's lines try (between Chinese characters, inside a plain
     * number) are decided without it, where it used to run for every character measured.
     */
    static boolean insideUnbreakable(CharSequence text, int i) {
        if (i + 1 >= text.length() || !mayBeUnbreakable(text.charAt(i)) || !mayBeUnbreakable(text.charAt(i + 1))) {
            return false;
        }
        int from = i;
        while (from > Math.max(0, i - 24) && mayBeUnbreakable(text.charAt(from - 1))) {
            from--;
        }
        int to = i + 2;
        int limit = Math.min(text.length(), i + 26);
        while (to < limit && mayBeUnbreakable(text.charAt(to))) {
            to++;
        }
        boolean joined = false;
        for (int k = from; k < to && !joined; k++) {
            char c = text.charAt(k);
            joined = c == '年' || c == '-' || c == '.' || c == '/' || c == ':' || c == '\u2011';
        }
        if (!joined) {
            return false;
        }
        Matcher m = MATCHER.get().reset(text.subSequence(from, to));
        while (m.find()) {
            if (from + m.start() <= i && i + 1 < from + m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code c} can be part of an {@link #UNBREAKABLE} match. */
    private static boolean mayBeUnbreakable(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '.' || c == '/'
                || c == ':' || c == '\u2011' || c == '年' || c == '月' || c == '日';
    }

    /** Joiners between the last characters, skipping line breaks and existing joiners. */
    private static void joinEnd(StringBuilder sb) {
        int seen = 0;
        for (int k = sb.length() - 1; k > 0 && seen < MIN_LAST_LINE - 1; k--) {
            char c = sb.charAt(k);
            if (c == '\n') {
                return;
            }
            if (c == JOINER || Character.isWhitespace(c)) {
                continue;
            }
            seen++;
            if (sb.charAt(k - 1) != JOINER && sb.charAt(k - 1) != '\n') {
                sb.insert(k, JOINER);
            }
        }
    }
}
