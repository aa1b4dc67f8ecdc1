package org.secretariat.service;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secretariat.charter.ChineseNumbers;

/**
 * Small helpers for Chinese prose written for paper (see {@code src/site/writing-style.md}):
 * counts of people and units in words, article references without nested brackets, list
 * punctuation, and no ASCII spaces or half-width punctuation next to Chinese characters.
 */
public final class Prose {

    private static final String CJK = "\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef";
    private static final Pattern SPACE_AFTER_CJK = Pattern.compile("(?<=[" + CJK + "])[ \\t\\u00a0]+");
    private static final Pattern SPACE_BEFORE_CJK = Pattern.compile("[ \\t\\u00a0]+(?=[" + CJK + "])");
    /** 「（二）」 in 「第十四条（二）」, optionally followed by a digit item: 「（二）3」. */
    private static final Pattern ITEM = Pattern.compile("（([一二三四五六七八九十]+)）(\\d+)?");

    private Prose() {
    }

    /**
     * A count as a secretary writes it before a measure word: 「七」, 「十二」, 「两」 for 2; from a
     * hundred on in Arabic figures.
     */
    public static String count(long n) {
        if (n == 2) {
            return "两";
        }
        return n >= 0 && n < 100 ? ChineseNumbers.of((int) n) : Long.toString(n);
    }

    /**
     * An article reference that can stand inside a sentence or a bracket: 「第十四条（二）」 becomes
     * 「第十四条第二项」, 「第十四条（二）3」 becomes 「第十四条第二项第3目」. Blank gives "".
     */
    public static String article(String article) {
        if (article == null || article.isBlank()) {
            return "";
        }
        Matcher m = ITEM.matcher(article.strip());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String item = "第" + m.group(1) + "项" + (m.group(2) == null ? "" : "第" + m.group(2) + "目");
            m.appendReplacement(out, Matcher.quoteReplacement(item));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Text entered by a user made fit for a Chinese sentence: stripped, ASCII spaces next to Chinese
     * characters removed, half-width punctuation next to them made full-width.
     */
    public static String tidy(String text) {
        if (text == null) {
            return "";
        }
        String t = SPACE_AFTER_CJK.matcher(text.strip()).replaceAll("");
        t = SPACE_BEFORE_CJK.matcher(t).replaceAll("");
        t = t.replaceAll("(?<=[" + CJK + "]),|,(?=[" + CJK + "])", "，")
                .replaceAll("(?<=[" + CJK + "]);|;(?=[" + CJK + "])", "；")
                .replaceAll("(?<=[" + CJK + "]):(?=[" + CJK + "])", "：")
                .replaceAll("\\((?=[" + CJK + "])", "（")
                .replaceAll("(?<=[" + CJK + "])\\)", "）");
        return t;
    }

    /** The text without its closing 。；，. */
    public static String withoutStop(String text) {
        String t = tidy(text);
        while (t.endsWith("。") || t.endsWith("；") || t.endsWith("，") || t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** Items of an enumeration: each ends with 「；」, the last with 「。」. */
    public static List<String> enumeration(List<String> items) {
        List<String> out = new java.util.ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            out.add(withoutStop(items.get(i)) + (i + 1 < items.size() ? "；" : "。"));
        }
        return out;
    }
}
