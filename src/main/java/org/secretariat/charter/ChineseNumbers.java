package org.secretariat.charter;

/** Small whole numbers in Chinese numerals, as charters write them (二, 十二, 三十一). */
public final class ChineseNumbers {

    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumbers() {
    }

    public static String of(int n) {
        if (n < 0 || n > 999) {
            return Integer.toString(n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        if (n < 100) {
            int tens = n / 10;
            int ones = n % 10;
            return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十"
                    + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
        }
        int hundreds = n / 100;
        int rest = n % 100;
        String head = DIGITS.charAt(hundreds) + "百";
        if (rest == 0) {
            return head;
        }
        if (rest < 10) {
            return head + "零" + DIGITS.charAt(rest);
        }
        return head + (rest < 20 ? "一" : "") + of(rest);
    }
}
