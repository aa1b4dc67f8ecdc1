package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The document model: what the builder records and the layout both renderers share. */
class DocTest {

    @Test
    void blankLineSeparatesTitleBlockFromTheText() {
        List<Block> blocks = Doc.official().title("通知").subtitle("〔2025〕5号").plain("各成员单位：").blocks();
        assertEquals(4, blocks.size());
        assertEquals(new Block.BlankLines(1), blocks.get(2));
    }

    @Test
    void explicitBlankLinesAfterTheTitleReplaceTheAutomaticOne() {
        List<Block> blocks = Doc.official().title("通知").blankLines(2).plain("各成员单位：").blocks();
        assertEquals(List.of(TextStyle.TITLE, TextStyle.PLAIN), blocks.stream()
                .filter(b -> b instanceof Block.Text).map(b -> ((Block.Text) b).style()).toList());
        assertEquals(3, blocks.size());
    }

    @Test
    void eachLineOfAParagraphIsItsOwnParagraph() {
        List<Block> blocks = Doc.official().paragraph("第一段。\n第二段。").blocks();
        assertEquals(2, blocks.size());
        assertEquals("第二段。", ((Block.Text) blocks.get(1)).text());
    }

    @Test
    void shortTableRowsArePaddedAndLongOnesRejected() {
        Block.Table t = (Block.Table) Doc.official().table(List.of("a", "b"), List.of(List.of("1"))).blocks().get(0);
        assertEquals(List.of("1", ""), t.rows().get(0));
        assertEquals(List.of(1, 1), t.relativeWidths());
        assertThrows(IllegalArgumentException.class,
                () -> Doc.official().table(List.of("a"), List.of(List.of("1", "2"))));
        assertThrows(IllegalArgumentException.class,
                () -> Doc.official().table(List.of("a", "b"), List.of(), 1));
    }

    @Test
    void imagesMustBePng() {
        assertThrows(IllegalArgumentException.class, () -> Doc.official().image(new byte[40], 50));
        Block.Image img = (Block.Image) Doc.official().image(SampleDocs.png(30, 10), 50).blocks().get(0);
        assertEquals(30, img.pixelWidth());
        assertEquals(10, img.pixelHeight());
    }

    @Test
    void dateSitsFourCharactersInWithTheIssuerCentredOverIt() {
        List<Layout.SignatureLine> lines = Layout.signature(new Block.Signature("某某联盟", LocalDate.of(2025, 6, 5)));
        // date 2025年6月5日 = 6 characters wide, issuer 4: centred means one more character in
        assertEquals(4 * 16.0, lines.get(1).rightIndentPt());
        assertEquals(5 * 16.0, lines.get(0).rightIndentPt());
    }

    @Test
    void longIssuerStaysTwoCharactersInWithTheDateCentredUnderIt() {
        List<Layout.SignatureLine> lines = Layout.signature(
                new Block.Signature("新乡市高校科技成果转化联盟秘书处", LocalDate.of(2025, 6, 5)));
        assertEquals(2 * 16.0, lines.get(0).rightIndentPt());
        assertEquals((2 + (16 - 6) / 2.0) * 16, lines.get(1).rightIndentPt());
    }

    @Test
    void labelledParagraphHangsAfterTheLabel() {
        Block.Text t = (Block.Text) Doc.official().labelled("出席：", "张三").blocks().get(0);
        Layout.Indents indents = Layout.indents(t);
        assertEquals(5 * 16.0, indents.leftPt());
        assertEquals(-3 * 16.0, indents.firstLinePt());
    }

    @Test
    void blocksCannotBeChangedFromOutside() {
        Doc doc = Doc.official().paragraph("正文");
        assertThrows(UnsupportedOperationException.class, () -> doc.blocks().add(new Block.PageBreak()));
    }

    @Test
    void landscapeSwapsThePaper() {
        assertInstanceOf(PageSetup.class, Doc.a4Landscape().page());
        assertEquals(297, Doc.a4Landscape().page().widthMm());
        assertEquals(156, Doc.official().page().textWidthMm());
        assertEquals(225, Doc.official().page().textHeightMm());
    }
}
