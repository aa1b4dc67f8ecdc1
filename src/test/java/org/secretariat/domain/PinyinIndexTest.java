package org.secretariat.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.secretariat.service.roster.UnitRow;

/** Typing pinyin initials or full pinyin finds a unit by its Chinese name. */
class PinyinIndexTest {

    private static List<String> keys(String text) {
        return List.of(PinyinIndex.keyOf(text).split(" "));
    }

    @Test
    void initialsAndFullPinyinOfAName() {
        List<String> keys = keys("新乡学院");
        assertTrue(keys.contains("xxxy"), keys.toString());
        assertTrue(keys.contains("xinxiangxueyuan"), keys.toString());
    }

    @Test
    void partialInitialsAreFoundInTheKey() {
        String key = PinyinIndex.keyOf("新乡市跨境电子商务协会");
        assertTrue(key.contains("xxskjdzswxh"), key);
        assertTrue(key.contains("kjdz"), key);
        assertTrue(key.contains("kuajing"), key);
    }

    @Test
    void polyphonicCharacterContributesEveryInitial() {
        // 长 is chang or zhang; the search must find 长垣 under either
        String key = PinyinIndex.keyOf("长垣");
        assertTrue(key.contains("cy") && key.contains("zy"), key);
    }

    @Test
    void aCharacterSeenBeforeGivesTheSameReadingsAgain() {
        // readings are cached per character: the second and later look-ups must not differ
        String first = PinyinIndex.keyOf("长垣长");
        assertEquals("zyz zhangyuanzhang cyc", first);
        assertEquals(first, PinyinIndex.keyOf("长垣长"));
        assertEquals("z zhang c", PinyinIndex.keyOf("长"));
    }

    @Test
    void latinLettersAndDigitsAreKeptInLowerCase() {
        String key = PinyinIndex.keyOf("TCL集团2号");
        assertTrue(key.contains("tcljt2h"), key);
        assertTrue(key.contains("tcljituan2hao"), key);
    }

    @Test
    void punctuationIsLeftOut() {
        assertTrue(keys("新乡（卫辉）学院").contains("xxwhxy"), PinyinIndex.keyOf("新乡（卫辉）学院"));
    }

    @Test
    void blankTextHasNoKey() {
        assertEquals("", PinyinIndex.keyOf(null));
        assertEquals("", PinyinIndex.keyOf("  "));
    }

    @Test
    void rosterRowIsFoundByInitialsTypedInAnyCase() {
        String name = "新乡学院";
        // the search text as the roster builds it: name, code, contact, then the pinyin key
        String search = String.join(" ", name, "12410700MB1957204F", "李明", PinyinIndex.keyOf(name))
                .toLowerCase(Locale.ROOT);
        UnitRow row = new UnitRow(1, name, "12410700MB1957204F", UnitType.UNIVERSITY, "member", "普通会员单位", 0,
                MemberStatus.MEMBER, null, null, null, "李明", null, null, null, "", search);
        assertTrue(row.matches("xxxy"));
        assertTrue(row.matches("XXXY"));
        assertTrue(row.matches("xin xiang"));
        assertTrue(row.matches("新乡"));
        assertTrue(row.matches("12410700mb"));
        assertTrue(row.matches(""));
        assertFalse(row.matches("hnkj"));
    }
}
