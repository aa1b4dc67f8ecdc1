package org.secretariat.exchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.secretariat.domain.ContactFormats;

/**
 * What Chinese keyboards and office habits put in a roster's cells, made plain before the rules
 * check them: full-width digits and letters, Chinese dashes in numbers, 「（微信同号）」 after a
 * phone, an extension written -801. What is changed is shown to the user as 已规范 (old → new).
 */
public final class CellNormaliser {

    /** A phone cell made plain: the number(s), and the words that were beside them (kept in remarks). */
    public record Phone(String number, String note) {
    }

    /** 一 typed for a dash between digits (the other dashes are {@link ContactFormats#normalise}'s). */
    private static final Pattern YI_AS_DASH = Pattern.compile("(?<=\\d)一(?=\\d)");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    private static final Pattern NOTE_IN_BRACKETS = Pattern.compile("[（(【\\[]([^（）()【】\\[\\]]*[\\u4e00-\\u9fff][^（）()【】\\[\\]]*)[）)】\\]]");
    private static final Pattern TRAILING_WORDS = Pattern.compile("(?<=\\d)\\s*([\\u4e00-\\u9fff][\\u4e00-\\u9fff\\s]*)$");
    /** 0373-3682001-801: a complete landline, then an extension after a dash. */
    private static final Pattern LANDLINE_EXTENSION = Pattern.compile("(0\\d{2,3}-?\\d{7,8})-(\\d{1,6})");
    private static final Pattern EXTENSION_WORDS = Pattern.compile("\\s*(分机|分机号|转)\\s*(\\d{1,6})");
    /** 1.241E+17: a code Excel turned into a number in scientific notation. */
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?[Ee][+]?\\d+");

    private CellNormaliser() {
    }

    /**
     * Full-width characters as half-width and Chinese dashes as '-', for codes, e-mail and numbers:
     * the same normalisation the forms use ({@link ContactFormats#normalise}), plus 一 between digits.
     */
    public static String plain(String text) {
        String t = ContactFormats.normalise(CellText.clean(text));
        if (t.indexOf('一') >= 0) {
            t = YI_AS_DASH.matcher(t).replaceAll("-");
        }
        return t.contains("--") ? DASHES.matcher(t).replaceAll("-") : t; // most cells have neither: no matcher

    }

    /**
     * A phone cell: plain characters, 「（微信同号）」 and trailing words taken out as the note,
     * extensions kept (0373-3682001转801).
     */
    public static Phone phone(String text) {
        String t = plain(text);
        StringBuilder note = new StringBuilder();
        Matcher m = NOTE_IN_BRACKETS.matcher(t);
        while (m.find()) {
            append(note, m.group(1).strip());
        }
        t = m.replaceAll("").strip();
        t = EXTENSION_WORDS.matcher(t).replaceAll("转$2");
        Matcher words = TRAILING_WORDS.matcher(t);
        if (words.find()) {
            append(note, words.group(1).strip());
            t = t.substring(0, words.start()).strip();
        }
        t = LANDLINE_EXTENSION.matcher(t).replaceAll("$1转$2");
        return new Phone(t, note.toString());
    }

    /** True if a code column holds a number Excel showed in scientific notation (1.241E+17). */
    public static boolean isScientific(String text) {
        return SCIENTIFIC.matcher(plain(text)).matches();
    }

    private static void append(StringBuilder b, String s) {
        if (!s.isEmpty()) {
            if (b.length() > 0) {
                b.append('；');
            }
            b.append(s);
        }
    }
}
