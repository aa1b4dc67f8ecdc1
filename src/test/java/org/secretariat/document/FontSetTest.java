package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fonts are found, shared and read once; a machine without Chinese fonts gets a clear message. */
class FontSetTest {

    @Test
    void eachRoleGetsTheSameFontInstanceEveryTime() {
        FontSet fonts = SampleDocs.fonts();
        for (FontRole role : FontRole.values()) {
            BaseFont first = fonts.baseFont(role);
            assertSame(first, fonts.baseFont(role), role.name());
            assertTrue(first.charExists('仿'), role.name());
        }
    }

    @Test
    void rolesOnTheSameFileShareOneFont() {
        Path file = SampleDocs.fonts().file(FontRole.HEI);
        FontSet fonts = FontSet.of(Map.of(FontRole.HEI, file));
        BaseFont hei = fonts.baseFont(FontRole.HEI);
        for (FontRole role : FontRole.values()) {
            assertSame(hei, fonts.baseFont(role), role.name());
            assertEquals(file, fonts.file(role));
        }
    }

    @Test
    void wordFamilyNamesAreTheOnesWindowsKnows() {
        FontSet fonts = SampleDocs.fonts();
        assertEquals("仿宋_GB2312", fonts.familyName(FontRole.FANGSONG));
        assertEquals("黑体", fonts.familyName(FontRole.HEI));
        assertEquals("楷体_GB2312", fonts.familyName(FontRole.KAI));
        assertEquals("宋体", fonts.familyName(FontRole.SONG));
        assertEquals("方正小标宋简体", fonts.familyName(FontRole.XIAOBIAOSONG));
    }

    @Test
    void machineWithoutChineseFontsIsToldWhatToInstall(@TempDir Path empty) {
        NoChineseFontException e = assertThrows(NoChineseFontException.class, () -> FontSet.discover(List.of(empty)));
        assertTrue(e.getMessage().contains("fonts-wqy-microhei"), e.getMessage());
    }

    @Test
    void unreadableChosenFileFallsBackToTheNextRole(@TempDir Path dir) {
        Path good = SampleDocs.fonts().file(FontRole.HEI);
        FontSet fonts = FontSet.of(Map.of(FontRole.FANGSONG, dir.resolve("missing.ttf"), FontRole.SONG, good));
        assertEquals(good, fonts.file(FontRole.FANGSONG));
    }

    @Test
    void collectionsUseTheirSimplifiedChineseFace() {
        String[] noto = {"Noto Sans CJK JP", "Noto Sans CJK KR", "Noto Sans CJK SC", "Noto Sans CJK TC", "Noto Sans CJK HK"};
        assertEquals(2, FontCandidates.ttcIndex(noto));
        assertEquals(0, FontCandidates.ttcIndex(new String[] {"SimSun", "NSimSun"}));
        assertEquals(0, FontCandidates.ttcIndex(new String[] {"WenQuanYi Micro Hei", "WenQuanYi Micro Hei Mono"}));
        assertEquals(0, FontCandidates.ttcIndex(new String[] {"AR PL UMing CN", "AR PL UMing HK", "AR PL UMing TW"}));
    }

    @Test
    void titleFallsBackToABoldSongWhenThereIsNoXiaobiaosong() {
        Path file = SampleDocs.fonts().file(FontRole.HEI);
        FontSet fonts = FontSet.of(Map.of(FontRole.SONG, file));
        assertTrue(fonts.resolve(FontRole.XIAOBIAOSONG).bold());
        assertTrue(!fonts.resolve(FontRole.SONG).bold());
    }

    @Test
    void confinedFoldersReplaceTheStandardOnes(@TempDir Path dir) throws Exception {
        Path hei = SampleDocs.fonts().file(FontRole.HEI);
        Path only = java.nio.file.Files.createDirectories(dir.resolve("only"));
        Path copy = java.nio.file.Files.copy(hei, only.resolve(hei.getFileName()));
        String list = dir.resolve("missing") + java.io.File.pathSeparator + " " + java.io.File.pathSeparator + only;
        assertEquals(List.of(dir.resolve("missing"), only), FontCandidates.confinedDirectories(list));
        String before = System.getProperty(FontCandidates.DIRS_PROPERTY);
        System.setProperty(FontCandidates.DIRS_PROPERTY, list);
        try {
            FontSet fonts = FontSet.discover();
            for (FontRole role : FontRole.values()) {
                assertEquals(copy, fonts.file(role), role.name());
            }
        } finally {
            if (before == null) {
                System.clearProperty(FontCandidates.DIRS_PROPERTY);
            } else {
                System.setProperty(FontCandidates.DIRS_PROPERTY, before);
            }
        }
    }

    @Test
    void collectionsChooseTheSimplifiedChineseFaceByPostScriptName() {
        String[] sans = {"NotoSansCJKjp-Regular", "NotoSansCJKkr-Regular", "NotoSansCJKsc-Regular", "NotoSansCJKtc-Regular",
            "NotoSansCJKhk-Regular", "NotoSansMonoCJKjp-Regular", "NotoSansMonoCJKkr-Regular", "NotoSansMonoCJKsc-Regular"};
        assertEquals(2, FontCandidates.ttcIndex(sans));
        String[] serif = {"NotoSerifCJKjp-Regular", "NotoSerifCJKkr-Regular", "NotoSerifCJKsc-Regular", "NotoSerifCJKtc-Regular"};
        assertEquals(2, FontCandidates.ttcIndex(serif));
        assertEquals(0, FontCandidates.ttcIndex(new String[] {"UKaiCN", "UKaiHK", "UKaiTW", "UKaiTWMBE"}));
        assertEquals(1, FontCandidates.ttcIndex(new String[] {"UKaiTW", "UKaiCN"}));
    }

    @Test
    void aFontFileIsParsedOnceForEverySetThatUsesIt() {
        Path file = SampleDocs.fonts().file(FontRole.HEI);
        BaseFont first = FontSet.of(Map.of(FontRole.HEI, file)).baseFont(FontRole.HEI);
        assertSame(first, FontSet.of(Map.of(FontRole.SONG, file)).baseFont(FontRole.HEI));
    }

    @Test
    void onlyAFewFontFilesAreKeptInMemory(@TempDir Path dir) throws Exception {
        Path file = SampleDocs.fonts().file(FontRole.HEI);
        for (int i = 0; i < FontCache.KEEP + 3; i++) {
            Path copy = java.nio.file.Files.copy(file, dir.resolve(i + "-" + file.getFileName()));
            FontSet.of(Map.of(FontRole.HEI, copy)).baseFont(FontRole.HEI);
            assertTrue(FontCache.size() <= FontCache.KEEP, "fonts held: " + FontCache.size());
        }
    }
}
