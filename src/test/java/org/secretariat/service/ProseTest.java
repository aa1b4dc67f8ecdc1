package org.secretariat.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small rules of prose for paper, one by one. */
class ProseTest {

    @Test
    void countsAreWordsAsASecretaryWritesThem() {
        assertEquals("七", Prose.count(7));
        assertEquals("两", Prose.count(2));
        assertEquals("十二", Prose.count(12));
        assertEquals("零", Prose.count(0));
        assertEquals("120", Prose.count(120));
    }

    @Test
    void anArticleItemIsWrittenWithoutBrackets() {
        assertEquals("第十四条第二项", Prose.article("第十四条（二）"));
        assertEquals("第十四条第二项第3目", Prose.article("第十四条（二）3"));
        assertEquals("第十五条", Prose.article(" 第十五条 "));
        assertEquals("", Prose.article(null));
    }

    @Test
    void tidyDropsSpacesNextToChineseAndWidensPunctuation() {
        assertEquals("2026年第1次会议", Prose.tidy("2026 年第 1 次会议"));
        assertEquals("联盟会议室（三楼）", Prose.tidy(" 联盟 会议室(三楼) "));
        assertEquals("时间：上午，地点；会议室", Prose.tidy("时间:上午,地点;会议室"));
        assertEquals("09:00 Room A", Prose.tidy("09:00 Room A"));
    }

    @Test
    void enumerationsEndWithSemicolonsAndAFullStop() {
        assertEquals(List.of("（一）甲；", "（二）乙；", "（三）丙。"), Prose.enumeration(List.of("（一）甲。", "（二）乙", "（三）丙；")));
    }
}
