package org.secretariat.service.fees;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.secretariat.i18n.Messages;
import org.secretariat.i18n.Text;

/** Amounts as Chinese keyboards type them are read exactly; anything else gets a sentence in Chinese. */
class MoneyInputTest {

    @ParameterizedTest(name = "「{0}」 = {1}")
    @CsvSource(delimiter = '|', value = {
        "1000|1000.00", "￥1000|1000.00", "¥1,000|1000.00", "1，000|1000.00", "１０００|1000.00", "1000元|1000.00",
        "1,000.50|1000.50", "  ¥ 3000.5 |3000.50", "人民币1000元整|1000.00", "１，２３４．５６|1234.56", "0|0.00",
        "12,345,678.90|12345678.90", "3000.500|3000.50", "RMB 20|20.00"})
    void readsWhatChineseKeyboardsType(String typed, String expected) {
        MoneyInput.Parsed p = MoneyInput.parse(typed);
        assertNull(p.problem(), () -> String.valueOf(p.problem()));
        assertEquals(new BigDecimal(expected), p.amount());
        assertEquals(2, p.amount().scale());
    }

    @ParameterizedTest(name = "「{0}」 refused: {1}")
    @CsvSource(delimiter = '|', value = {
        "abc|fee.error.amount", "-100|money.error.negative", "－100|money.error.negative", "¥-5|money.error.negative",
        "1000.505|money.error.fraction", "''|money.error.empty", "10,00|fee.error.amount", "1.2.3|fee.error.amount",
        "1000美元|fee.error.amount", "1e3|fee.error.amount"})
    void refusesWithAReason(String typed, String key) {
        MoneyInput.Parsed p = MoneyInput.parse(typed);
        assertFalse(p.ok());
        assertEquals(key, p.problem().key());
    }

    @Test
    void theReasonsReadInChinese() {
        Messages zh = Messages.forLanguage("zh");
        assertEquals("金额「abc」无效：请写成元，最多到分，如 3000 或 3000.50", text(zh, MoneyInput.parse("abc").problem()));
        assertEquals("金额「-100」不能为负数", text(zh, MoneyInput.parse("-100").problem()));
        assertEquals("金额「1.005」只能精确到分（小数点后最多两位）", text(zh, MoneyInput.parse("1.005").problem()));
    }

    private static String text(Messages m, Text t) {
        return m.get(t.key(), t.args());
    }
}
