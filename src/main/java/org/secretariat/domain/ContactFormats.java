package org.secretariat.domain;

import java.util.regex.Pattern;

/** Formats of Chinese phone numbers and e-mail addresses, as a roster accepts them. */
public final class ContactFormats {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    /** 010/02X + 8 digits, or a 3-digit area code (0XXX) + 7-8 digits; optional extension. */
    private static final Pattern LANDLINE = Pattern.compile("(0\\d{2}\\d{8}|0\\d{3}\\d{7,8})(转\\d{1,6}|ext\\d{1,6})?");
    private static final Pattern SERVICE = Pattern.compile("(400|800)\\d{7}");
    /** Compiled once: an import checks every row's phone (String.replaceAll and matches compile each call). */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-()（）]");
    private static final Pattern NO_TRUNK_ZERO = Pattern.compile("[2-9]\\d{1,2}\\d{7,8}");
    private static final Pattern BEIJING_NO_ZERO = Pattern.compile("10\\d{8}");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[、;；,，/]");
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(\\.[A-Za-z0-9\\-]+)*\\.[A-Za-z]{2,}");

    private ContactFormats() {
    }

    /**
     * What a Chinese keyboard types, as plain ASCII: full-width digits, letters, ＋, （）, full-width
     * and ideographic spaces and every kind of dash (－ — – ‐ ─) become their half-width forms.
     */
    public static String normalise(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0); // full-width ASCII block
            } else if (c == '\u3000') {
                c = ' ';
            } else if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014'
                    || c == '\u2015' || c == '\u2500' || c == '\u2212' || c == '\uFE63') {
                c = '-';
            }
            b.append(c);
        }
        return b.toString().strip();
    }

    /** Accepts mobile, landline (with dashes, spaces or brackets) and 400/800 numbers, +86 optional. */
    public static boolean isPhone(String text) {
        if (text == null) {
            return false;
        }
        String t = SEPARATORS.matcher(normalise(text)).replaceAll("");
        boolean international = t.startsWith("+86") || t.startsWith("0086");
        if (t.startsWith("+86")) {
            t = t.substring(3);
        } else if (t.startsWith("0086")) {
            t = t.substring(4);
        }
        if (MOBILE.matcher(t).matches() || SERVICE.matcher(t).matches()) {
            return true;
        }
        if (!t.startsWith("0") && (NO_TRUNK_ZERO.matcher(t).matches() || international && BEIJING_NO_ZERO.matcher(t).matches())) {
            t = "0" + t; // +86 373 1234567 drops the trunk 0
        }
        return LANDLINE.matcher(t).matches();
    }

    /** Several numbers may be given separated by 、 ; / or ，. Each must be valid. */
    public static boolean isPhoneList(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        for (String part : LIST_SEPARATOR.split(text)) {
            if (!part.isBlank() && !isPhone(part)) {
                return false;
            }
        }
        return true;
    }

    public static boolean isEmail(String text) {
        return text != null && EMAIL.matcher(text.strip()).matches();
    }
}
