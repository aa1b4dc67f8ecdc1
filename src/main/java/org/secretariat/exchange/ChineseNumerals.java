package org.secretariat.exchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 二〇二三年五月十一日 as 2023年5月11日: the numerals Chinese dates are written with. */
final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Pattern RUN = Pattern.compile("[〇零○Ｏ一二三四五六七八九十两]+");

    private ChineseNumerals() {
    }

    /** Replaces runs of Chinese numerals with digits when the text is a date (it has 年). */
    static String inDate(String text) {
        if (text.indexOf('年') < 0) {
            return text;
        }
        Matcher m = RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Integer.toString(value(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** 二〇二三 → 2023 (digit by digit); 十一 → 11, 二十 → 20, 三十一 → 31 (with 十). */
    static int value(String run) {
        String r = run.replace('零', '〇').replace('○', '〇').replace('Ｏ', '〇').replace('两', '二');
        int ten = r.indexOf('十');
        if (ten < 0) {
            int v = 0;
            for (char c : r.toCharArray()) {
                v = v * 10 + DIGITS.indexOf(c);
            }
            return v;
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(r.charAt(ten - 1));
        int units = ten == r.length() - 1 ? 0 : DIGITS.indexOf(r.charAt(ten + 1));
        return tens * 10 + units;
    }
}
