package org.secretariat.document;

/**
 * The typefaces GB/T 9704 names, by their job in a document. Each carries the family name a .docx
 * names it by: the one official templates use (仿宋_GB2312, 楷体_GB2312), with the face Windows
 * always has (仿宋, 楷体) as its alternative in the font table ({@link WordFonts}).
 */
public enum FontRole {
    /** 仿宋 (仿宋_GB2312): body text. */
    FANGSONG("仿宋_GB2312"),
    /** 宋体: page numbers, fallback for the title. */
    SONG("宋体"),
    /** 黑体: first-level headings, labels. */
    HEI("黑体"),
    /** 楷体 (楷体_GB2312): second-level headings, subtitles. */
    KAI("楷体_GB2312"),
    /** 方正小标宋简体: the title. */
    XIAOBIAOSONG("方正小标宋简体");

    private final String wordFamily;

    FontRole(String wordFamily) {
        this.wordFamily = wordFamily;
    }

    /** The family name written into .docx files. */
    public String wordFamily() {
        return wordFamily;
    }
}
