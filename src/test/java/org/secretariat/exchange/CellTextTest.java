package org.secretariat.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cell text as Chinese rosters write it: stray spaces, and dates in every common form. */
class CellTextTest {

    private static final LocalDate MAY_FIRST = LocalDate.of(2023, 5, 1);

    /** clean is written by hand for speed; it must do what its two regular expressions did, on any text. */
    @Test
    void cleanAgreesWithTheRegularExpressionsItReplaced() {
        String alphabet = " \t\n\r\f\u000B\u3000\u00A0\u200B\u200C\u200D\uFEFF\u2003\u1680\u001Cab新乡-1";
        java.util.Random r = new java.util.Random(20261205);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String text = b.toString();
            String expected = text.replaceAll("[\\u200B\\u200C\\u200D\\uFEFF]", "").replace('\u3000', ' ')
                    .replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
            assertEquals(expected, CellText.clean(text), () -> text.chars().mapToObj(Integer::toHexString).toList().toString());
        }
    }

    @Test
    void cleanTrimsFullWidthNonBreakingAndZeroWidthSpaces() {
        assertEquals("新乡学院", CellText.clean("\u3000新乡学院\u3000"));
        assertEquals("新乡学院", CellText.clean("\u00A0新乡学院\u00A0"));
        assertEquals("新乡学院", CellText.clean("\u200B新乡\u200B学院\uFEFF"));
        assertEquals("新乡学院", CellText.clean(" \t新乡学院\r\n"));
    }

    @Test
    void cleanFoldsInnerWhitespaceToOneSpace() {
        assertEquals("河南 科技学院", CellText.clean("河南\u3000\u3000 科技学院"));
        assertEquals("a b", CellText.clean("a\n\nb"));
    }

    @Test
    void cleanOfNothingIsEmpty() {
        assertEquals("", CellText.clean(null));
        assertEquals("", CellText.clean("\u3000\u200B"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-05-01", "2023-5-1", "2023/5/1", "2023/05/01", "2023年5月1日", "2023年05月01日",
            "2023 年 5 月 1 日", "20230501", "2023.5.1", "45047", "45047.0", "2023-05-01 00:00:00", "\u30002023-05-01\u3000"})
    void commonDateFormsAreRead(String text) {
        assertEquals(new CellText.ValidDate(MAY_FIRST), CellText.date(text));
        assertEquals(Optional.of(MAY_FIRST), CellText.parseDate(text));
    }

    @Test
    void excelSerialNumberCountsFromTheExcelEpoch() {
        assertEquals(new CellText.ValidDate(LocalDate.of(2021, 6, 18)), CellText.date("44365"));
        assertEquals(new CellText.ValidDate(LocalDate.of(2024, 2, 29)), CellText.date("45351"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-30", "2023-13-01", "2023年2月29日", "20230230", "1850-01-01", "明年", "2023-13",
            "5/1/2023", "2023-05-01x"})
    void impossibleOrUnreadableDatesAreBad(String text) {
        CellText.DateValue v = CellText.date(text);
        assertInstanceOf(CellText.BadDate.class, v, text);
        assertEquals(CellText.clean(text), ((CellText.BadDate) v).text());
        assertEquals(Optional.empty(), CellText.parseDate(text));
    }

    @Test
    void leapDayIsReadInALeapYear() {
        assertEquals(new CellText.ValidDate(LocalDate.of(2024, 2, 29)), CellText.date("2024-02-29"));
    }

    @Test
    void emptyCellIsNoDate() {
        assertEquals(new CellText.NoDate(), CellText.date(""));
        assertEquals(new CellText.NoDate(), CellText.date(null));
        assertEquals(new CellText.NoDate(), CellText.date("\u3000 "));
    }
}
