package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A table after text that fills the page, or most of it, is printed whole on the next page. */
class PdfTableFlowTest {

    @ParameterizedTest
    @ValueSource(ints = {19, 20, 21, 22})
    void tableAfterAFullPageIsNotLost(int lines) {
        Doc doc = SampleDocs.lines(Doc.official(), lines)
                .table(List.of("单位", "应缴", "已缴", "欠缴"), List.of(List.of("新乡学院", "1000", "800", "200")));
        String all = String.join("\n", DocumentText.pdfPages(new PdfRenderer(SampleDocs.fonts()).toBytes(doc)));
        assertTrue(all.contains("应缴"), all);
        assertTrue(all.contains("新乡学院"), all);
    }

    @ParameterizedTest
    @ValueSource(ints = {21, 22})
    void tableWithOnlyAHeaderIsNotLost(int lines) {
        Doc doc = SampleDocs.lines(Doc.official(), lines).table(List.of("单位", "应缴"), List.of()).plain("完");
        List<String> pages = DocumentText.pdfPages(new PdfRenderer(SampleDocs.fonts()).toBytes(doc));
        String all = String.join("\n", pages);
        assertTrue(all.contains("应缴"), all);
        assertEquals(-1, DocumentText.firstMissing(all, List.of("第" + lines + "行", "单位", "应缴", "完")), all);
    }
}
