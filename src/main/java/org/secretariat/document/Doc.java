package org.secretariat.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A document described once and rendered to .docx ({@link WordRenderer}) and .pdf
 * ({@link PdfRenderer}) that look the same. Built fluently:
 *
 * <pre>{@code
 * Doc.official().title("关于召开第二次理事会的通知").plain("各成员单位：")
 *     .paragraph("经研究，定于……").signature("××联盟秘书处", LocalDate.of(2025, 6, 5));
 * }</pre>
 *
 * <p>After the title (and any subtitles) one blank line is inserted before the next block, as
 * GB/T 9704 leaves between the title and the 主送 line; {@link #blankLines} or
 * {@link #pageBreak} right after the title replace it.
 */
public final class Doc {

    private final PageSetup page;
    private final List<Block> blocks = new ArrayList<>();

    private Doc(PageSetup page) {
        this.page = page;
    }

    /** A4 portrait, GB/T 9704 margins, page numbers 「— 1 —」. */
    public static Doc official() {
        return new Doc(PageSetup.OFFICIAL);
    }

    /** A4 landscape for sign-in sheets and wide tables; same fonts, page numbers. */
    public static Doc a4Landscape() {
        return new Doc(PageSetup.A4_LANDSCAPE);
    }

    /** A slip such as a receipt (收据): A4 portrait, 12 mm margins, no page numbers ({@link PageSetup#SLIP}). */
    public static Doc slip() {
        return new Doc(PageSetup.SLIP);
    }

    /** 小标宋 22 pt, centred; {@code \n} breaks a long title into lines. */
    public Doc title(String text) {
        return add(Block.Text.of(TextStyle.TITLE, text));
    }

    /**
     * 小标宋 22 pt, centred, given as phrases that a line break may only fall between, in as few
     * and as even lines as fit: {@code title("关于同意", unit, "加入", org, "的通知")}.
     */
    public Doc title(String... phrases) {
        return title(Layout.titleLines(Arrays.asList(phrases), page));
    }

    /** 楷体 16 pt, centred: 文号 or a date line under the title. */
    public Doc subtitle(String text) {
        return add(Block.Text.of(TextStyle.SUBTITLE, text));
    }

    /** 黑体 16 pt; the text carries its own 「一、」. */
    public Doc heading1(String text) {
        return add(Block.Text.of(TextStyle.HEADING1, text));
    }

    /** 楷体 16 pt; the text carries its own 「（一）」. */
    public Doc heading2(String text) {
        return add(Block.Text.of(TextStyle.HEADING2, text));
    }

    /** 仿宋 16 pt, first line indented two characters, justified. Each line of {@code text} is a paragraph. */
    public Doc paragraph(String text) {
        return lines(TextStyle.BODY, text);
    }

    /** 仿宋 16 pt without indent, such as the 主送 line 「各成员单位：」. Each line of {@code text} is a paragraph. */
    public Doc plain(String text) {
        return lines(TextStyle.PLAIN, text);
    }

    /** The label in 黑体, then the text in 仿宋, in one paragraph: 「出席：张三、李四」. */
    public Doc labelled(String label, String text) {
        return add(new Block.Text(TextStyle.LABELLED,
                List.of(new Block.Span(FontRole.HEI, label), new Block.Span(FontRole.FANGSONG, text))));
    }

    /**
     * A bordered table as wide as the text: 仿宋 12 pt, 黑体 header repeated on each page.
     * Without widths the columns share the width equally.
     */
    public Doc table(List<String> header, List<List<String>> rows, int... relativeWidths) {
        List<Integer> widths = Arrays.stream(relativeWidths).boxed().toList();
        return add(new Block.Table(header, rows, widths));
    }

    /**
     * A table as {@link #table} whose rows are each at least {@code minRowHeightMm} tall (in the PDF
     * and in Word alike: room to sign or write by hand); {@code headerless} prints no header row.
     */
    public Doc table(List<String> header, List<List<String>> rows, double minRowHeightMm, boolean headerless,
                     int... relativeWidths) {
        List<Integer> widths = Arrays.stream(relativeWidths).boxed().toList();
        return add(new Block.Table(header, rows, widths, minRowHeightMm, headerless));
    }

    /** A dashed cut line (裁剪线) across the text, one body line tall, between the parts of a slip. */
    public Doc cutLine() {
        return add(new Block.CutLine());
    }

    /** A centred PNG, {@code widthMm} wide (at most the text width), aspect ratio kept. */
    public Doc image(byte[] png, double widthMm) {
        int[] size = Layout.pngSize(png);
        if (!(widthMm > 0)) {
            throw new IllegalArgumentException("image width must be positive: " + widthMm);
        }
        return add(new Block.Image(png, widthMm, size[0], size[1]));
    }

    /**
     * The issuer's name and the date ({@link ChineseDates#format}), two lines below the text,
     * right-aligned: the date four characters in from the right margin, the issuer centred over it.
     */
    public Doc signature(String issuer, LocalDate date) {
        return add(new Block.Signature(Objects.requireNonNull(issuer), Objects.requireNonNull(date)));
    }

    /**
     * The 版记 at the foot of the last page: 「抄送：……。」 (left out when {@code copiesTo} is blank),
     * then the printing office on the left and 「2026年6月5日印发」 on the right, between rules.
     * Put it last.
     */
    public Doc imprint(String copiesTo, String printedBy, LocalDate printedOn) {
        return add(new Block.Imprint(copiesTo, printedBy, printedOn));
    }

    public Doc pageBreak() {
        return add(new Block.PageBreak());
    }

    public Doc blankLines(int n) {
        return add(new Block.BlankLines(n));
    }

    /** The blocks in reading order. */
    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public PageSetup page() {
        return page;
    }

    /** The text of the first title, for file metadata; empty when there is none. */
    public String titleText() {
        for (Block b : blocks) {
            if (b instanceof Block.Text t && t.style() == TextStyle.TITLE) {
                return t.text().replace('\n', ' ');
            }
        }
        return "";
    }

    private Doc lines(TextStyle style, String text) {
        for (String line : (text == null ? "" : text).split("\\R", -1)) {
            add(Block.Text.of(style, line));
        }
        return this;
    }

    private Doc add(Block block) {
        if (!blocks.isEmpty() && isTitle(blocks.get(blocks.size() - 1)) && !isTitle(block)
                && !(block instanceof Block.BlankLines) && !(block instanceof Block.PageBreak)) {
            blocks.add(new Block.BlankLines(1));
        }
        blocks.add(block);
        return this;
    }

    private static boolean isTitle(Block b) {
        return b instanceof Block.Text t && (t.style() == TextStyle.TITLE || t.style() == TextStyle.SUBTITLE);
    }
}
