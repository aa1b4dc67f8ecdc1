package org.secretariat.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The unified social credit code (统一社会信用代码) check of GB 32100-2015: 18 characters from
 * 0-9 and A-Z without I, O, S, V, Z; the last is a check character over the first 17.
 */
public final class CreditCode {

    /** Compiled once: normalize runs for every imported row, twice. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00A0-]");
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** What the check found. */
    public enum Verdict {
        /** Well formed and the check character is right. */
        VALID,
        /** Not 18 characters of the allowed alphabet: refused. */
        MALFORMED,
        /** Well formed but the check character is wrong: warn, the user may confirm (early pilot codes). */
        BAD_CHECK
    }

    private CreditCode() {
    }

    /** Upper-cases and removes spaces, as users paste codes with them. */
    public static String normalize(String code) {
        if (code == null) {
            return "";
        }
        String c = SPACES.matcher(code).replaceAll("").toUpperCase(Locale.ROOT);
        // Excel's text mark typed before the digits ('9141…) when a cell is kept as a number
        return c.length() == 19 && (c.charAt(0) == '\'' || c.charAt(0) == '‘' || c.charAt(0) == '’') ? c.substring(1) : c;
    }

    public static Verdict check(String code) {
        String c = normalize(code);
        if (c.length() != 18) {
            return Verdict.MALFORMED;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(c.charAt(i)) < 0) {
                return Verdict.MALFORMED;
            }
        }
        return c.charAt(17) == checkCharacter(c.substring(0, 17)) ? Verdict.VALID : Verdict.BAD_CHECK;
    }

    /**
     * The registering authority and kind the code's first two characters give (GB 32100-2015), and
     * whether that kind is a legal person. A code shorter than two characters cannot tell.
     */
    public static CodeKind legalPerson(String code) {
        String c = normalize(code);
        return CreditCodeKinds.of(c.length() < 2 ? c : c.substring(0, 2));
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a credit code character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return ALPHABET.charAt(check);
    }
}
