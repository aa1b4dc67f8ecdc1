package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** Minimum row heights, headerless tables, cut lines and the slip page, as both renderers print them. */
class TableShapesTest {

    private static Doc doc() {
        return Doc.slip().plain("上联")
                .table(List.of("甲", "乙"), SampleDocs.rows(3).stream().map(r -> r.subList(0, 2)).toList(), 15, true, 1, 2)
                .cutLine().plain("下联");
    }

    @Test
    void pdfRowsHaveTheMinimumHeightAndNoHeaderRow() throws Exception {
        byte[] pdf = new PdfRenderer(SampleDocs.fonts()).toBytes(doc());
        List<Double> rules = PdfGeometry.of(pdf, 1).solidHorizontalRules();
        assertEquals(4, rules.size(), "three rows, no header: " + rules);
        for (int i = 1; i < rules.size(); i++) {
            assertEquals(15, rules.get(i) - rules.get(i - 1), 0.2);
        }
        String text = new PdfTextExtractor(new PdfReader(pdf)).getTextFromPage(1);
        assertFalse(text.contains("甲"), text);
        assertTrue(text.contains("下联"), text);
        List<PdfGeometry.Segment> cuts = PdfGeometry.of(pdf, 1).dashedHorizontals();
        assertEquals(1, cuts.size());
        assertTrue(cuts.get(0).y1() > rules.get(3), "the cut line is below the table");
        assertEquals(12, cuts.get(0).x1(), 0.2, "slip margin");
    }

    @Test
    void wordRowsHaveTheSameMinimumAndTheCutLineIsADashedBorder() throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(new WordRenderer().toBytes(doc())))) {
            var table = d.getTables().get(0);
            assertEquals(3, table.getRows().size(), "no header row");
            assertFalse(table.getRow(0).isRepeatHeader());
            assertEquals(850, ((java.math.BigInteger) table.getRow(0).getCtRow().getTrPr().getTrHeightArray(0).getVal())
                    .intValue(), 1, "15 mm");
            boolean dashed = d.getParagraphs().stream().map(XWPFParagraph::getCTP).filter(p -> p.isSetPPr() && p.getPPr().isSetPBdr())
                    .anyMatch(p -> p.getPPr().getPBdr().getBottom().getVal().toString().equals("dashed"));
            assertTrue(dashed, "a dashed paragraph border");
            assertTrue(d.getFooterList().isEmpty(), "a slip has no page numbers");
        }
    }

    @Test
    void aNegativeRowHeightIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Block.Table(List.of("甲"), List.of(), List.of(), -1, false));
    }
}
