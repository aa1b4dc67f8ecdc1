package org.secretariat.document;

import java.time.LocalDate;

/**
 * Dates the way Chinese documents print them: Arabic numerals in notices and signatures
 * ({@code 2025年6月5日}, no leading zeros, GB/T 9704) and Chinese numerals on certificates
 * ({@code 二〇二五年六月五日}).
 */
public final class ChineseDates {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseDates() {
    }

    /** {@code 2025年6月5日}. */
    public static String format(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** {@code 二〇二五年六月五日}: the year digit by digit, month and day as numbers (十二, 三十一). */
    public static String numerals(LocalDate d) {
        return numeralsYearMonth(d) + number(d.getDayOfMonth()) + "日";
    }

    /** {@code 二〇二五年六月}. */
    public static String numeralsYearMonth(LocalDate d) {
        return year(d.getYear()) + "年" + number(d.getMonthValue()) + "月";
    }

    private static String year(int year) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(year).toCharArray()) {
            sb.append(DIGITS.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** 1–99 as spoken: 五, 十, 十二, 二十, 三十一. */
    private static String number(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十"
                + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}
