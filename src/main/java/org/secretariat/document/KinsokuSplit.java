package org.secretariat.document;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import java.nio.CharBuffer;

/**
 * Line breaking for Chinese text in the PDF, as Word does it: a line may break after any Chinese
 * character or full-width punctuation, but never before closing punctuation (，。、；：？！）」》…)
 * nor after opening punctuation (（「《“); never inside a number, date or code such as 「2027-03-14」,
 * nor so that a paragraph's last line holds fewer than {@link Pagination#MIN_LAST_LINE} characters
 * (the break moves back and pulls a character down instead).
 */
final class KinsokuSplit extends DefaultSplitCharacter {

    static final SplitCharacter INSTANCE = new KinsokuSplit();

    private static final String NO_LINE_START = "，。、；：？！）】》」』〉”’…—·％,.;:?!)]}%";
    private static final String NO_LINE_END = "（【《「『〈“‘([{";

    private KinsokuSplit() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = getCurrentCharacter(current, cc, ck);
        if (NO_LINE_END.indexOf(c) >= 0 || c == Pagination.JOINER) {
            return false;
        }
        if (current + 1 < end && cc[current + 1] == Pagination.JOINER) {
            return false;
        }
        if (fewAfter(current, end, cc) || Pagination.insideUnbreakable(CharBuffer.wrap(cc, 0, end), current)) {
            return false;
        }
        if (current + 1 < end && NO_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
            return false;
        }
        return super.isSplitCharacter(start, current, end, cc, ck)
                || (c >= 0xFF01 && c <= 0xFF60) || NO_LINE_START.indexOf(c) >= 0 && c > 0x2000;
    }

    /** Whether fewer than {@link Pagination#MIN_LAST_LINE} visible characters follow {@code current}. */
    private static boolean fewAfter(int current, int end, char[] cc) {
        int n = 0;
        for (int k = current + 1; k < end && n < Pagination.MIN_LAST_LINE; k++) {
            if (!Character.isWhitespace(cc[k]) && cc[k] != '\u00a0' && cc[k] != Pagination.JOINER) {
                n++;
            }
        }
        return n < Pagination.MIN_LAST_LINE;
    }
}
