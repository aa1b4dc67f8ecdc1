package org.secretariat.domain;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Search keys for Chinese names: initials ("新乡学院" → "xxxy") and full pinyin ("xinxiangxueyuan"),
 * so typing either finds the unit. Polyphonic characters contribute every reading's initial.
 */
public final class PinyinIndex {

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();
    private static final String[] NONE = new String[0];
    /** Each character's readings, looked up once (a few thousand distinct characters at most). */
    private static final Map<Character, String[]> CACHE = new ConcurrentHashMap<>();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private PinyinIndex() {
    }

    /** "xxxy xinxiangxueyuan" for 新乡学院; Latin letters and digits are kept as they are. */
    public static String keyOf(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder initials = new StringBuilder();
        StringBuilder full = new StringBuilder();
        StringBuilder altInitials = new StringBuilder();
        boolean hasAlt = false;
        for (char ch : text.toCharArray()) {
            String[] readings = readings(ch);
            if (readings.length > 0) {
                initials.append(readings[0].charAt(0));
                full.append(readings[0]);
                char alt = readings[0].charAt(0);
                for (String r : readings) {
                    if (r.charAt(0) != readings[0].charAt(0)) {
                        alt = r.charAt(0);
                        hasAlt = true;
                        break;
                    }
                }
                altInitials.append(alt);
            } else if (Character.isLetterOrDigit(ch) && ch < 128) {
                char lower = Character.toLowerCase(ch);
                initials.append(lower);
                full.append(lower);
                altInitials.append(lower);
            }
        }
        String key = initials + " " + full;
        return hasAlt ? key + " " + altInitials : key;
    }

    /**
     * The readings of a character, looked up in pinyin4j once per character and then kept: pinyin4j
     * formats every reading with regular expressions on each call (13 % of an import's time).
     * The arrays are shared and never changed.
     */
    private static String[] readings(char ch) {
        String[] cached = CACHE.get(ch);
        if (cached == null) {
            cached = lookUp(ch);
            CACHE.put(ch, cached); // two threads may both look a character up: the same answer
        }
        return cached;
    }

    private static String[] lookUp(char ch) {
        if (Character.UnicodeScript.of(ch) != Character.UnicodeScript.HAN) {
            return NONE;
        }
        try {
            String[] r = PinyinHelper.toHanyuPinyinStringArray(ch, FORMAT);
            return r == null ? NONE : r;
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            return NONE;
        }
    }
}
