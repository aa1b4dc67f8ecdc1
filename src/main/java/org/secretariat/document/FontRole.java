package org.secretariat.document;

/**
 * The typefaces GB/T 9704 names, by their job in a document. Each carries the family name Word
 * and WPS know it by on the users' Windows machines.
 */
public enum FontRole {
    /** 仿宋: body text. */
    FANGSONG("仿宋"),
    /** 宋体: page numbers, fallback for the title. */
    SONG("宋体"),
    /** 黑体: first-level headings, labels. */
    HEI("黑体"),
    /** 楷体: second-level headings, subtitles. */
    KAI("楷体"),
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
