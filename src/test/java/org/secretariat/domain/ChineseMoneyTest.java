package org.secretariat.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseMoneyTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "0, 零元整",
        "0.05, 伍分",
        "0.50, 伍角整",
        "1, 壹元整",
        "10, 壹拾元整",
        "105, 壹佰零伍元整",
        "1000, 壹仟元整",
        "1001.01, 壹仟零壹元零壹分",
        "1234.50, 壹仟贰佰叁拾肆元伍角整",
        "3000, 叁仟元整",
        "10000, 壹万元整",
        "10500, 壹万零伍佰元整",
        "100005, 壹拾万零伍元整",
        "1000000, 壹佰万元整",
        "20000.3, 贰万元叁角整",
        "120000008.08, 壹亿贰仟万零捌元零捌分",
    })
    void capitalAmountsReadAsReceiptsWriteThem(String amount, String capital) {
        assertEquals(capital, ChineseMoney.capital(new BigDecimal(amount)));
    }

    @ParameterizedTest
    @CsvSource({"1234.5, '¥1,234.50'", "3000, '¥3,000.00'"})
    void figuresHaveTwoDecimals(String amount, String figures) {
        assertEquals(figures, ChineseMoney.figures(new BigDecimal(amount)));
    }

    @org.junit.jupiter.api.Test
    void fractionsOfAFenAndNegativesAreRefused() {
        assertThrows(ArithmeticException.class, () -> ChineseMoney.capital(new BigDecimal("1.005")));
        assertThrows(IllegalArgumentException.class, () -> ChineseMoney.capital(new BigDecimal("-1")));
    }
}
