package org.secretariat.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Spreadsheet values for unit type and status: Chinese names, common aliases, English. */
class UnitTypeAndMemberStatusTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "高校, UNIVERSITY", "高等院校, UNIVERSITY", "大学, UNIVERSITY", "University, UNIVERSITY",
            "技师学院, TECHNICAL_SCHOOL", "职业院校, TECHNICAL_SCHOOL",
            "县市区, GOVERNMENT", "政府机关, GOVERNMENT", "county, GOVERNMENT",
            "公司, ENTERPRISE", "企业, ENTERPRISE", "ENTERPRISE, ENTERPRISE",
            "行业协会, INDUSTRY_ASSOCIATION", "开发区, DEVELOPMENT_ZONE", "研究院, RESEARCH_INSTITUTE",
            "其它, OTHER", "' 高校 ', UNIVERSITY",
    })
    void unitTypeAliasesAreRecognised(String text, UnitType type) {
        assertEquals(Optional.of(type), UnitType.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"外星人", "高校们", "", "  "})
    void unknownUnitTypeIsEmpty(String text) {
        assertEquals(Optional.empty(), UnitType.parse(text));
    }

    @Test
    void unitTypeChineseNameIsTheFirstName() {
        assertEquals("高等院校", UnitType.UNIVERSITY.chineseName());
        assertEquals(Optional.of(UnitType.UNIVERSITY), UnitType.parse(UnitType.UNIVERSITY.chineseName()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "已除名, EXPELLED", "除名, EXPELLED", "会员, MEMBER", "在册, MEMBER", "Active, MEMBER",
            "申请中, APPLYING", "退出中, WITHDRAWING", "已退出, WITHDRAWN", "withdrawn, WITHDRAWN",
    })
    void memberStatusAliasesAreRecognised(String text, MemberStatus status) {
        assertEquals(Optional.of(status), MemberStatus.parse(text));
    }

    @Test
    void unknownStatusIsEmpty() {
        assertEquals(Optional.empty(), MemberStatus.parse("休眠"));
        assertEquals(Optional.empty(), MemberStatus.parse(null));
    }

    @Test
    void onlyMembersAndThoseWithdrawingAreCurrent() {
        assertTrue(MemberStatus.MEMBER.isCurrent());
        assertTrue(MemberStatus.WITHDRAWING.isCurrent());
        assertFalse(MemberStatus.APPLYING.isCurrent());
        assertFalse(MemberStatus.WITHDRAWN.isCurrent());
        assertFalse(MemberStatus.EXPELLED.isCurrent());
    }

    @org.junit.jupiter.api.Test
    void spreadsheetsFormsAndReportsUseTheWindowsWords() {
        org.secretariat.i18n.Messages zh = org.secretariat.i18n.Messages.forLanguage("zh");
        for (UnitType t : UnitType.values()) {
            org.junit.jupiter.api.Assertions.assertEquals(zh.get("unitType." + t.name()), t.chineseName(), t.name());
            org.junit.jupiter.api.Assertions.assertEquals(t, UnitType.parse(t.chineseName()).orElseThrow(), "an export reads back");
        }
        for (MemberStatus st : MemberStatus.values()) {
            org.junit.jupiter.api.Assertions.assertEquals(zh.get("status." + st.name()), st.chineseName(), st.name());
        }
    }
}
