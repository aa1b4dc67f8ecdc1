package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates as notices print them (Arabic numerals) and as certificates spell them (Chinese numerals). */
class ChineseDatesTest {

    @Test
    void noticesUseArabicNumeralsWithoutLeadingZeros() {
        assertEquals("2025年6月5日", ChineseDates.format(LocalDate.of(2025, 6, 5)));
        assertEquals("2031年12月31日", ChineseDates.format(LocalDate.of(2031, 12, 31)));
    }

    @Test
    void certificatesSpellTheYearDigitByDigitWithLingAsZero() {
        assertEquals("二〇二五年六月五日", ChineseDates.numerals(LocalDate.of(2025, 6, 5)));
    }

    @Test
    void tensAreSpokenNumbers() {
        assertEquals("二〇二〇年十月二十日", ChineseDates.numerals(LocalDate.of(2020, 10, 20)));
        assertEquals("二〇三一年十二月三十一日", ChineseDates.numerals(LocalDate.of(2031, 12, 31)));
        assertEquals("二〇一九年十一月十日", ChineseDates.numerals(LocalDate.of(2019, 11, 10)));
    }

    @Test
    void yearAndMonthForValidityPeriods() {
        assertEquals("二〇二五年六月", ChineseDates.numeralsYearMonth(LocalDate.of(2025, 6, 5)));
    }
}
