package org.secretariat.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.secretariat.domain.ContactFormats;
import org.secretariat.domain.DatePrecision;

/** What Chinese keyboards and office habits put in cells, made plain (issue 16). */
class CellNormaliserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "１３８０３７３１２３４|13803731234|",
            "0373－3682001|0373-3682001|",
            "0373—3682001|0373-3682001|",
            "0373–3682001|0373-3682001|",
            "13803731234（微信同号）|13803731234|微信同号",
            "13803731234(微信同号)|13803731234|微信同号",
            "13803731234 微信同号|13803731234|微信同号",
            "0373-3682001-801|0373-3682001转801|",
            "0373-3682001 分机 801|0373-3682001转801|",
            "０３７３－３６８２００１（办）|0373-3682001|办"})
    void phonesAsOfficesTypeThemBecomeNumbersAndNotes(String typed, String number, String note) {
        CellNormaliser.Phone p = CellNormaliser.phone(typed);
        assertEquals(number, p.number());
        assertEquals(note == null ? "" : note, p.note());
        assertTrue(ContactFormats.isPhoneList(p.number()), p.number());
    }

    @Test
    void fullWidthLettersAndDigitsInCodesAndMailBecomeHalfWidth() {
        assertEquals("91410700MA44XXXX0X", CellNormaliser.plain("９１４１０７００ＭＡ４４ＸＸＸＸ０Ｘ"));
        assertEquals("wang@example.com", CellNormaliser.plain("ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.241E+17", "9.14107E+17", "1E+17", "１．２４１Ｅ＋１７"})
    void excelScientificNotationInACodeIsRecognised(String text) {
        assertTrue(CellNormaliser.isScientific(text));
    }

    @Test
    void anOrdinaryCodeIsNotScientific() {
        assertFalse(CellNormaliser.isScientific("91410700MA44XXXX0X"));
        assertFalse(CellNormaliser.isScientific("12410700E1957204F"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2023年5月|2023-05-01|MONTH|2023年5月",
            "2023.05|2023-05-01|MONTH|2023年5月",
            "2023-5|2023-05-01|MONTH|2023年5月",
            "二〇二三年五月|2023-05-01|MONTH|2023年5月",
            "2023年|2023-01-01|YEAR|2023年",
            "2023年5月1号|2023-05-01|DAY|2023-05-01",
            "二〇二三年五月一日|2023-05-01|DAY|2023-05-01",
            "二〇二三年十二月三十一日|2023-12-31|DAY|2023-12-31",
            "２０２３年５月１日|2023-05-01|DAY|2023-05-01"})
    void datesAreReadWithThePrecisionTheyWereTypedWith(String typed, String date, DatePrecision precision, String shown) {
        CellText.DateValue v = CellText.date(typed);
        assertEquals(new CellText.ValidDate(LocalDate.parse(date), precision), v, typed);
        assertEquals(shown, precision.show(LocalDate.parse(date)));
    }

    @Test
    void aMonthOnlyDateIsNotAFullDate() {
        assertEquals(Optional.empty(), CellText.parseDate("2023年5月"));
    }
}
