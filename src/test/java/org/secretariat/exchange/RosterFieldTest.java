package org.secretariat.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Roster headers in Chinese and English, with the decorations spreadsheets add to them. */
class RosterFieldTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "单位名称, NAME",
            "统一社会信用代码, CREDIT_CODE",
            "单位名称（必填）, NAME",
            "单位名称(必填), NAME",
            "*单位名称, NAME",
            "＊单位名称, NAME",
            "单位名称：, NAME",
            "' 单位 名称 ', NAME",
            "会员单位名称, NAME",
            "Unit Name, NAME",
            "unit_name, NAME",
            "E-mail, EMAIL",
            "Email, EMAIL",
            "电子邮箱, EMAIL",
            "信用代码, CREDIT_CODE",
            "USCC, CREDIT_CODE",
            "会员级别, TIER",
            "联系电话, PHONE",
            "手机号码, PHONE",
            "入会日期, JOIN_DATE",
            "入盟时间, JOIN_DATE",
            "法人代表, LEGAL_REPRESENTATIVE",
            "状态, STATUS",
            "单位全称, NAME",
            "单位类别, UNIT_TYPE",
            "入会年月, JOIN_DATE",
            "电子信箱, EMAIL",
    })
    void headerIsRecognised(String header, RosterField field) {
        assertEquals(Optional.of(field), RosterField.forHeader(header));
    }

    @ParameterizedTest
    @ValueSource(strings = {"邮编", "序号", "Zip", "", "  ", "（必填）"})
    void unknownHeaderIsNotRecognised(String header) {
        assertEquals(Optional.empty(), RosterField.forHeader(header));
    }

    @Test
    void nullHeaderIsNotRecognised() {
        assertEquals(Optional.empty(), RosterField.forHeader(null));
    }

    @Test
    void exportHeadersReadBackAsTheirFields() {
        for (RosterField f : RosterField.values()) {
            assertEquals(Optional.of(f), RosterField.forHeader(f.chineseHeader()), f.name());
        }
    }

    @Test
    void noHeaderNamesTwoFields() {
        Set<String> seen = new HashSet<>();
        for (RosterField f : RosterField.values()) {
            assertTrue(seen.add(RosterField.normalize(f.chineseHeader())), f.name());
        }
        assertEquals("单位名称", RosterField.NAME.chineseHeader());
        assertTrue(RosterField.NAME.isRequired());
    }

    @Test
    void fieldIsFoundByKey() {
        assertEquals(Optional.of(RosterField.CREDIT_CODE), RosterField.forKey("creditCode"));
        assertEquals(Optional.empty(), RosterField.forKey("zip"));
    }
}
