package org.secretariat.document;

/**
 * How a line of text is set: size, typeface, alignment and first-line indent. Every style uses the
 * fixed line pitch of {@link Layout#LINE_PT}, so a page holds 22 lines as GB/T 9704 asks.
 */
public enum TextStyle {
    /** 小标宋 二号, centred. */
    TITLE(22, FontRole.XIAOBIAOSONG, Align.CENTER, 0, false),
    /** 楷体 三号, centred: 文号 or a date line under the title. */
    SUBTITLE(16, FontRole.KAI, Align.CENTER, 0, false),
    /** 黑体 三号, indented two characters: 「一、」. */
    HEADING1(16, FontRole.HEI, Align.JUSTIFY, 2, true),
    /** 楷体 三号, indented two characters: 「（一）」. */
    HEADING2(16, FontRole.KAI, Align.JUSTIFY, 2, true),
    /** 仿宋 三号, justified, indented two characters. */
    BODY(16, FontRole.FANGSONG, Align.JUSTIFY, 2, true),
    /** 仿宋 三号, flush left: 主送 line. */
    PLAIN(16, FontRole.FANGSONG, Align.LEFT, 0, true),
    /** A 黑体 label then 仿宋 text, two characters in; wrapped lines align after the label. */
    LABELLED(16, FontRole.FANGSONG, Align.LEFT, 2, true),
    /** 仿宋 三号, right-aligned lines of the issuer and date. */
    SIGNATURE(16, FontRole.FANGSONG, Align.RIGHT, 0, true);

    /** Horizontal alignment of the lines of a paragraph. */
    public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    private final double sizePt;
    private final FontRole font;
    private final Align align;
    private final int indentChars;
    private final boolean onCharacterGrid;

    TextStyle(double sizePt, FontRole font, Align align, int indentChars, boolean onCharacterGrid) {
        this.sizePt = sizePt;
        this.font = font;
        this.align = align;
        this.indentChars = indentChars;
        this.onCharacterGrid = onCharacterGrid;
    }

    public double sizePt() {
        return sizePt;
    }

    /** The typeface of text that does not name its own. */
    public FontRole font() {
        return font;
    }

    public Align align() {
        return align;
    }

    /** Indent of the first line (of the label, for {@link #LABELLED}), in characters of this size. */
    public int indentChars() {
        return indentChars;
    }

    /**
     * Whether characters are drawn slightly narrower ({@link Layout#GRID_SPACING_PT}) so that 28 of
     * them fill the 156 mm line, as on the standard's 28 × 22 grid.
     */
    public boolean onCharacterGrid() {
        return onCharacterGrid;
    }
}
