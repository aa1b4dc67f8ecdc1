package org.secretariat.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.secretariat.document.Block;
import org.secretariat.document.ChineseDates;
import org.secretariat.document.Doc;
import org.secretariat.document.DocumentText;
import org.secretariat.document.FontSet;
import org.secretariat.document.PdfRenderer;
import org.secretariat.document.TextStyle;
import org.secretariat.document.WordRenderer;

/**
 * Every document the app prints, from a year of records of each built-in charter, read back from the
 * .docx and the PDF as a secretary checks it before stamping: nothing of the document lost or out of
 * order in either file; the issuer and the date on one page together with the end of the body; no
 * page ending in a heading; no paragraph ending in a line of one or two characters. A failure names
 * the charter, the document and the page.
 */
class PrintableDocumentsTest {

    /** A paragraph's last line holds at least this many characters (punctuation counts). */
    private static final int MIN_LAST_LINE = 3;

    private static FontSet fonts;

    @TempDir
    Path dir;

    @BeforeAll
    static void fonts() {
        fonts = FontSet.discover();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cceaa", "cerra", "county-joint", "hengshui-tech", "xinxiang-cbec"})
    void everyDocumentPrintsWholeWithTidyPages(String charterId) throws Exception {
        try (AppContext ctx = PrintableSamples.workspace(dir.resolve("data"), charterId)) {
            List<PrintableSamples.Sample> samples = PrintableSamples.documents(ctx);
            Set<String> kinds = samples.stream().map(s -> s.file().replaceAll("-.*", "")).collect(Collectors.toSet());
            Set<String> expected = new java.util.HashSet<>(Set.of("notice", "sign", "minutes", "form", "approval",
                    "withdrawal", "expulsion", "annual"));
            if (ctx.fees().charged()) {
                expected.add("receipt");
            }
            assertEquals(expected, kinds, charterId + ": every kind of document");
            List<String> failures = new ArrayList<>();
            for (PrintableSamples.Sample s : samples) {
                String where = charterId + " / " + s.name() + " (" + s.file() + ")";
                List<String> pages = DocumentText.pdfPages(new PdfRenderer(fonts).toBytes(s.doc()));
                if (s.file().equals("annual-report") && pages.size() < 3) {
                    failures.add(where + ": a year of records fills only " + pages.size() + " pages");
                }
                String docx = DocumentText.docx(new WordRenderer().toBytes(s.doc()));
                failures.addAll(check(where, s.doc(), pages, docx));
            }
            assertTrue(failures.isEmpty(), failures.size() + " problems:\n" + String.join("\n", failures));
        }
    }

    /** The checks fire on pages that break the rules, naming the page: they are not blind. */
    @Test
    void theChecksSeeAStrandedHeadingASplitSignatureAndALoneLastLine() {
        Doc doc = Doc.official().title("关于召开理事会的通知").heading1("一、会议时间")
                .paragraph("定于2026年6月18日召开理事会，请各成员单位准时出席会议，逾期不候，特此通知。")
                .signature("新乡学院", java.time.LocalDate.of(2026, 6, 1));
        List<String> good = List.of("关于召开理事会的通知\n一、会议时间\n定于2026年6月18日召开理事会，请各成员单位准时出席\n"
                + "会议，逾期不候，特此通知。\n新乡学院\n2026年6月1日\n— 1 —");
        assertEquals(List.of(), check("t", doc, good, "关于召开理事会的通知\n一、会议时间\n定于2026年6月18日召开理事会，"
                + "请各成员单位准时出席会议，逾期不候，特此通知。\n新乡学院\n2026年6月1日"));
        List<String> bad = List.of("关于召开理事会的通知\n一、会议时间\n— 1 —",
                "定于2026年6月18日召开理事会，请各成员单位准时出席会议，逾期不候，特此通\n知。\n新乡学院\n— 2 —",
                "2026年6月1日\n— 3 —");
        List<String> found = check("t / 通知", doc, bad, "关于召开理事会的通知");
        assertEquals(List.of("t / 通知, page 2: the paragraph 「定于2026年6月18日…逾期不候，特此通知。」 ends in a line of only 「知。」",
                "t / 通知: the .docx lacks 「一、会议时间」",
                "t / 通知: the issuer is on page 2, the date on page 3",
                "t / 通知, page 1: ends with the heading 「一、会议时间」"), found);
        assertEquals(List.of("t: the PDF lacks 「新乡学院」 after page 1"), check("t", doc, List.of(good.get(0).replace("新乡学院", "")),
                "").subList(0, 1));
    }

    /** The problems a secretary would find in the printed document; empty when it can go out as is. */
    static List<String> check(String where, Doc doc, List<String> pdfPages, String docx) {
        List<String> out = new ArrayList<>();
        Printed printed = new Printed(pdfPages);
        List<String> pieces = new ArrayList<>();
        int at = 0;
        for (Block b : doc.blocks()) {
            List<String> own = pieces(b);
            pieces.addAll(own);
            for (String piece : own) {
                String p = flat(piece);
                int found = printed.text.indexOf(p, at);
                if (found < 0) {
                    out.add(where + ": the PDF lacks 「" + piece + "」 after page " + printed.pageOf(at));
                    return out;
                }
                if (b instanceof Block.Text && p.length() > MIN_LAST_LINE) {
                    String last = printed.lastLinePart(found, found + p.length());
                    if (last != null && last.codePointCount(0, last.length()) < MIN_LAST_LINE) {
                        out.add(where + ", page " + printed.pageOf(found + p.length() - 1) + ": the paragraph 「"
                                + abbreviate(piece) + "」 ends in a line of only 「" + last + "」");
                    }
                }
                at = found + p.length();
            }
        }
        int missing = DocumentText.firstMissing(docx, pieces);
        if (missing >= 0) {
            out.add(where + ": the .docx lacks 「" + pieces.get(missing) + "」");
        }
        signature(where, doc, printed, out);
        headings(where, doc, printed, out);
        return out;
    }

    /** The pieces of text a block prints, in reading order. */
    private static List<String> pieces(Block b) {
        List<String> out = new ArrayList<>();
        if (b instanceof Block.Text t) {
            out.add(t.text());
        } else if (b instanceof Block.Table t) {
            if (!t.headerless()) {
                out.addAll(t.header());
            }
            t.rows().forEach(out::addAll);
        } else if (b instanceof Block.Signature s) {
            out.add(s.issuer());
            out.add(ChineseDates.format(s.date()));
        } else if (b instanceof Block.Imprint i) {
            out.add(i.copiesLine());
            out.add(i.printedBy());
            out.add(i.printedOnText());
        }
        out.removeIf(s -> flat(s).isEmpty());
        return out;
    }

    /** The issuer and the date on one page, and that page holds more than the signature and the 版记. */
    private static void signature(String where, Doc doc, Printed printed, List<String> out) {
        List<Block.Signature> signatures = doc.blocks().stream().filter(Block.Signature.class::isInstance)
                .map(Block.Signature.class::cast).toList();
        if (signatures.isEmpty()) {
            return;
        }
        Block.Signature s = signatures.get(signatures.size() - 1);
        String issuer = flat(s.issuer());
        String date = flat(ChineseDates.format(s.date()));
        int issuerPage = printed.lastPageWithLine(issuer);
        int datePage = printed.lastPageWithLine(date);
        if (issuerPage < 0 || datePage < 0) {
            out.add(where + ": no line holds the issuer 「" + s.issuer() + "」 or the date 「" + date + "」 alone");
        } else if (issuerPage != datePage) {
            out.add(where + ": the issuer is on page " + issuerPage + ", the date on page " + datePage);
        } else {
            long body = printed.lines(issuerPage).stream().filter(l -> !l.equals(issuer) && !l.equals(date)
                    && !l.contains("抄送") && !l.contains("印发")).count();
            if (body == 0) {
                out.add(where + ", page " + issuerPage + ": the signature stands alone, without the end of the body");
            }
        }
    }

    /** No page's last line is a heading (or the first line of a heading broken over two). */
    private static void headings(String where, Doc doc, Printed printed, List<String> out) {
        List<String> headings = doc.blocks().stream().filter(Block.Text.class::isInstance).map(Block.Text.class::cast)
                .filter(t -> t.style() == TextStyle.HEADING1 || t.style() == TextStyle.HEADING2)
                .map(t -> flat(t.text())).toList();
        for (int page = 1; page <= printed.pageCount(); page++) {
            List<String> lines = printed.lines(page);
            if (lines.isEmpty()) {
                out.add(where + ", page " + page + ": an empty page");
                continue;
            }
            String last = lines.get(lines.size() - 1);
            for (String h : headings) {
                if (h.equals(last) || last.length() >= 2 && h.startsWith(last) && page < printed.pageCount()) {
                    out.add(where + ", page " + page + ": ends with the heading 「" + h + "」");
                }
            }
        }
    }

    /** The text without whitespace of any kind: the PDF places ideographic spaces as gaps, not characters. */
    private static String flat(String s) {
        return DocumentText.normalise(s).replace("\u3000", "");
    }

    private static String abbreviate(String s) {
        String t = flat(s);
        return t.length() <= 24 ? t : t.substring(0, 12) + "…" + t.substring(t.length() - 10);
    }

    /** The PDF's lines, normalised, page by page (page numbers left out), and their concatenation. */
    private static final class Printed {
        private final List<List<String>> pages = new ArrayList<>();
        private final List<Integer> lineStart = new ArrayList<>();
        private final List<Integer> linePage = new ArrayList<>();
        final String text;

        Printed(List<String> pdfPages) {
            StringBuilder b = new StringBuilder();
            for (int p = 0; p < pdfPages.size(); p++) {
                List<String> lines = DocumentText.pdfLines(pdfPages.get(p)).stream().map(PrintableDocumentsTest::flat)
                        .filter(l -> !l.isEmpty()).toList();
                pages.add(lines);
                for (String l : lines) {
                    lineStart.add(b.length());
                    linePage.add(p + 1);
                    b.append(l);
                }
            }
            text = b.toString();
        }

        int pageCount() {
            return pages.size();
        }

        List<String> lines(int page) {
            return pages.get(page - 1);
        }

        private int lineAt(int offset) {
            int i = 0;
            while (i + 1 < lineStart.size() && lineStart.get(i + 1) <= offset) {
                i++;
            }
            return i;
        }

        int pageOf(int offset) {
            return lineStart.isEmpty() ? 0 : linePage.get(lineAt(Math.min(offset, Math.max(0, text.length() - 1))));
        }

        /** The part of the paragraph [from, to) on its last line, or null when it takes one line. */
        String lastLinePart(int from, int to) {
            int line = lineAt(to - 1);
            int start = lineStart.get(line);
            return start <= from ? null : text.substring(start, to);
        }

        int lastPageWithLine(String line) {
            for (int p = pages.size(); p >= 1; p--) {
                if (pages.get(p - 1).contains(line)) {
                    return p;
                }
            }
            return -1;
        }
    }
}
