package org.secretariat.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Content is never lost: for generated documents (random paragraph counts and lengths, tables at
 * every position on the page, long cells, header-only tables, headings, signatures) every text run
 * and every table cell appears, in order, in both the .docx and the PDF.
 */
class RendererInvariantTest {

    private static final String HAN = "联盟秘书处成员单位理事会议通知审议通过章程条款年度工作报告会费缴纳活动开展情况特此证明";
    private static final String[] ENDS = {"。", "，", "；", "证。", "2027-03-14", "（第十四条）", "0373-1234567"};

    /** A generated document and the pieces of text it must show, in reading order. */
    record Case(long seed, Doc doc, List<String> pieces) {
        @Override
        public String toString() {
            return "seed " + seed;
        }
    }

    static Stream<Case> cases() {
        return IntStream.range(0, 60).mapToObj(RendererInvariantTest::generate);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyRunAndCellAppearsInOrderInBothFiles(Case c) {
        String pdf = DocumentText.withoutPageNumber(
                String.join("\n", DocumentText.pdfPages(new PdfRenderer(SampleDocs.fonts()).toBytes(c.doc()))));
        String docx = DocumentText.docx(new WordRenderer().toBytes(c.doc()));
        int pdfMissing = DocumentText.firstMissing(pdf, c.pieces());
        assertEquals(-1, pdfMissing, () -> c + ": PDF lost 「" + c.pieces().get(pdfMissing) + "」 in\n" + pdf);
        int docxMissing = DocumentText.firstMissing(docx, c.pieces());
        assertEquals(-1, docxMissing, () -> c + ": .docx lost 「" + c.pieces().get(docxMissing) + "」 in\n" + docx);
    }

    /** Case {@code i}: seed 1000 + i; cases 0–22 put a table right after i full lines. */
    static Case generate(int i) {
        long seed = 1000L + i;
        Random r = new Random(seed);
        Doc doc = Doc.official();
        List<String> pieces = new ArrayList<>();
        if (r.nextBoolean() && i >= 23) {
            String title = "关于" + text(r, 4 + r.nextInt(20)) + "的通知";
            doc.title(title);
            pieces.add(title);
        }
        // one-line paragraphs to put the next block at every line of the page
        int filler = i < 23 ? i : r.nextInt(23);
        for (int n = 0; n < filler; n++) {
            String line = "第" + (n + 1) + "行" + text(r, r.nextInt(10));
            doc.plain(line);
            pieces.add(line);
        }
        int blocks = 1 + r.nextInt(3);
        if (i < 23) {
            table(r, doc, pieces);
        }
        for (int b = 0; b < blocks; b++) {
            switch (r.nextInt(6)) {
                case 0 -> {
                    String h = "四、" + text(r, 2 + r.nextInt(8));
                    doc.heading1(h);
                    pieces.add(h);
                }
                case 1, 2 -> {
                    String p = text(r, 1 + r.nextInt(120)) + ENDS[r.nextInt(ENDS.length)];
                    doc.paragraph(p);
                    pieces.add(p);
                }
                case 3 -> table(r, doc, pieces);
                case 4 -> {
                    String label = "出席：";
                    String names = text(r, 2 + r.nextInt(40));
                    doc.labelled(label, names);
                    pieces.add(label + names);
                }
                default -> doc.blankLines(r.nextInt(3));
            }
        }
        if (r.nextInt(3) > 0) {
            LocalDate date = LocalDate.of(2025 + r.nextInt(3), 1 + r.nextInt(12), 1 + r.nextInt(28));
            doc.signature("新乡市高校科技成果转化联盟秘书处", date);
            pieces.add("新乡市高校科技成果转化联盟秘书处");
            pieces.add(ChineseDates.format(date));
        }
        return new Case(seed, doc, pieces);
    }

    private static void table(Random r, Doc doc, List<String> pieces) {
        int cols = 1 + r.nextInt(4);
        List<String> header = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            header.add(text(r, 2 + r.nextInt(3)));
        }
        pieces.addAll(header);
        List<List<String>> rows = new ArrayList<>();
        int n = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(8);
        for (int i = 0; i < n; i++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                // mostly short cells, some long enough to wrap over several lines
                String cell = r.nextInt(8) == 0 ? text(r, 20 + r.nextInt(60)) : (i + 1) + text(r, r.nextInt(6));
                row.add(cell);
            }
            pieces.addAll(row);
            rows.add(row);
        }
        doc.table(header, rows);
    }

    private static String text(Random r, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(HAN.charAt(r.nextInt(HAN.length())));
        }
        return sb.toString();
    }
}
