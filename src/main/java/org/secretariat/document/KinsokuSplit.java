package org.secretariat.document;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Line breaking for Chinese text in the PDF, as Word does it: a line may break after any Chinese
 * character or full-width punctuation, but never before closing punctuation (，。、；：？！）」》…)
 * nor after opening punctuation (（「《“).
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
        if (NO_LINE_END.indexOf(c) >= 0) {
            return false;
        }
        if (current + 1 < end && NO_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
            return false;
        }
        return super.isSplitCharacter(start, current, end, cc, ck)
                || (c >= 0xFF01 && c <= 0xFF60) || NO_LINE_START.indexOf(c) >= 0 && c > 0x2000;
    }
}
