package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** certificates issue / list / verify as a clerk would run them, with the files re-read. */
class CertificateCommandsTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Clock.systemDefaultZone()).run(all);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void setUp() {
        assertEquals(0, run("setup", "--charter", "xinxiang-cbec").code());
        assertEquals(0, run("roster", "import", "src/test/resources/rosters/xinxiang-sample.csv").code());
    }

    private static String pdfText(Path file) throws Exception {
        PdfReader reader = new PdfReader(file.toString());
        try {
            StringBuilder b = new StringBuilder();
            for (int p = 1; p <= reader.getNumberOfPages(); p++) {
                b.append(new PdfTextExtractor(reader).getTextFromPage(p)).append('\n');
            }
            return b.toString().replaceAll("\\s", "");
        } finally {
            reader.close();
        }
    }

    @Test
    void issuingForOneUnitWritesAPdfWithItsNameNumberAndDate() throws Exception {
        setUp();
        Run issued = run("certificates", "issue", "--unit", "新乡学院", "--out", dir.resolve("out").toString());
        assertEquals(0, issued.code(), issued.err());
        Path pdf = Path.of(issued.out().strip());
        assertTrue(pdf.getFileName().toString().startsWith("KJDSLM-"), pdf.toString());
        String text = pdfText(pdf);
        assertTrue(text.contains("新乡学院"), text);
        assertTrue(text.contains("KJDSLM-" + java.time.LocalDate.now().getYear() + "-0001"), text);
        assertTrue(text.contains(org.secretariat.document.ChineseDates.numerals(java.time.LocalDate.now())), text);

        Run list = run("certificates", "list");
        assertTrue(list.out().contains("新乡学院") && list.out().contains("有效"), list.out());
        Run again = run("certificates", "issue", "--unit", "新乡学院", "--out", dir.resolve("out").toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("已持有证书 NO.") && again.err().contains("certificates reissue"), again.err());
    }

    @Test
    void issuingForAllWritesOneCombinedPdfOrWordFiles() throws Exception {
        setUp();
        Run combined = run("certificates", "issue", "--all", "--kind", "director", "--out", dir.resolve("c").toString(),
                "--combined");
        assertEquals(0, combined.code(), combined.err());
        Path pdf = Path.of(combined.out().strip());
        PdfReader reader = new PdfReader(pdf.toString());
        assertEquals(5, reader.getNumberOfPages(), "three 理事单位, a 副理事长单位 and the 理事长单位 in the sample roster");
        reader.close();
        assertTrue(pdfText(pdf).contains("新乡经济技术开发区管委会"));

        Run word = run("certificates", "issue", "--all", "--out", dir.resolve("w").toString(), "--format", "docx");
        assertEquals(0, word.code(), word.err());
        try (Stream<Path> files = Files.list(dir.resolve("w"))) {
            List<Path> docx = files.toList();
            assertEquals(10, docx.size());
            Path one = docx.stream().filter(p -> p.getFileName().toString().contains("新乡学院")).findFirst().orElseThrow();
            try (InputStream in = Files.newInputStream(one); XWPFDocument doc = new XWPFDocument(in);
                 XWPFWordExtractor ex = new XWPFWordExtractor(doc)) {
                String text = ex.getText();
                assertTrue(text.contains("新乡学院") && text.contains("跨境电商联盟成员证书"), text);
            }
        }
    }

    @Test
    void verifyAcceptsTheGenuineCodeAndRejectsATamperedOne() throws Exception {
        setUp();
        assertEquals(0, run("certificates", "issue", "--unit", "新乡学院", "--out", dir.resolve("out").toString()).code());
        String text = pdfText(Files.list(dir.resolve("out")).findFirst().orElseThrow());
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(KJDSLM-\\d{4}-0001\\.[A-Z2-9]{8})").matcher(text);
        assertTrue(m.find(), "the code is printed on the certificate: " + text);
        String code = m.group(1);
        Run ok = run("certificates", "verify", code);
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().startsWith("证书真实有效"), ok.out());
        String tampered = code.substring(0, code.length() - 1) + (code.endsWith("A") ? "B" : "A");
        Run bad = run("certificates", "verify", tampered);
        assertEquals(2, bad.code());
        assertTrue(bad.out().contains("伪造或涂改"), bad.out());
    }

    @Test
    void badUsageIsRefusedWithExitTwo() {
        setUp();
        assertEquals(2, run("certificates", "issue", "--out", dir.toString()).code(), "neither --all nor --unit");
        assertEquals(2, run("certificates", "issue", "--all", "--out", dir.toString(), "--format", "png").code());
        assertEquals(2, run("certificates", "issue", "--all", "--out", dir.toString(), "--kind", "gold").code());
        Run nobody = run("certificates", "issue", "--unit", "不存在的单位", "--out", dir.toString());
        assertEquals(2, nobody.code());
        assertTrue(nobody.err().contains("名单中没有"), nobody.err());
    }

    @Test
    void issuingDocxForAUnitThatHoldsOneExitsTwoAndPointsToReissue() throws Exception {
        setUp();
        assertEquals(0, run("certificates", "issue", "--unit", "新乡学院", "--out", dir.resolve("a").toString()).code());
        Run again = run("certificates", "issue", "--unit", "新乡学院", "--out", dir.resolve("b").toString(), "--format", "docx");
        assertEquals(2, again.code(), again.err());
        assertTrue(again.err().contains("新乡学院已持有证书 NO.KJDSLM-") && again.err().contains("certificates reissue"),
                again.err());
        assertTrue(!Files.exists(dir.resolve("b")) || Files.list(dir.resolve("b")).findAny().isEmpty());
        Run all = run("certificates", "issue", "--all", "--kind", "director", "--out", dir.resolve("c").toString());
        assertEquals(0, all.code(), all.err());
        Run allAgain = run("certificates", "issue", "--all", "--kind", "director", "--out", dir.resolve("d").toString(),
                "--format", "docx");
        assertEquals(2, allAgain.code(), "nothing issued is not a success: " + allAgain.err());
        assertTrue(allAgain.err().contains("没有写出文件"), allAgain.err());
    }

    @Test
    void reissueVoidsTheOldNumberAndWritesTheNewOneExportWritesTheSameAgain() throws Exception {
        setUp();
        Run issued = run("certificates", "issue", "--unit", "新乡学院", "--out", dir.resolve("a").toString());
        String oldNumber = "KJDSLM-" + java.time.LocalDate.now().getYear() + "-0001";
        String newNumber = "KJDSLM-" + java.time.LocalDate.now().getYear() + "-0002";
        Run re = run("certificates", "reissue", oldNumber, "--reason", "遗失", "--out", dir.resolve("r").toString(),
                "--format", "docx");
        assertEquals(0, re.code(), re.err());
        Path docx = Path.of(re.out().strip());
        assertTrue(docx.getFileName().toString().startsWith(newNumber) && docx.toString().endsWith(".docx"), re.out());
        assertTrue(re.err().contains(oldNumber) && re.err().contains(newNumber), re.err());
        Run list = run("certificates", "list");
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith(oldNumber) && !l.endsWith("有效")), list.out());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith(newNumber) && l.endsWith("有效")), list.out());
        Run audit = run("audit", "verify");
        assertEquals(0, audit.code(), audit.out() + audit.err());
        Run twice = run("certificates", "reissue", oldNumber, "--out", dir.resolve("r2").toString());
        assertEquals(2, twice.code(), "a void certificate cannot be reissued again");

        Run export = run("certificates", "export", newNumber, "--out", dir.resolve("e").toString());
        assertEquals(0, export.code(), export.err());
        String text = pdfText(Path.of(export.out().strip()));
        assertTrue(text.contains(newNumber) && text.contains("新乡学院"), text);
        assertTrue(text.contains(org.secretariat.document.ChineseDates.numerals(java.time.LocalDate.now())), text);
        assertEquals(2, run("certificates", "list").out().lines().count() - 1, "export issues nothing new");
        Run void_ = run("certificates", "export", oldNumber, "--out", dir.resolve("e2").toString());
        assertEquals(2, void_.code());
        Run unknown = run("certificates", "export", "NO-SUCH-1", "--out", dir.resolve("e3").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("NO-SUCH-1"), unknown.err());
        Run all = run("certificates", "export", "--all", "--out", dir.resolve("e4").toString(), "--format", "docx");
        assertEquals(0, all.code(), all.err());
        assertEquals(1, Files.list(dir.resolve("e4")).count());
        assertEquals(0, issued.code());
    }

    @Test
    void theQrCodeInTheIssuedPdfReadsAsFiveLinesThatVerifyAccepts() throws Exception {
        setUp();
        Run issued = run("certificates", "issue", "--unit", "新乡学院", "--out", dir.resolve("q").toString());
        assertEquals(0, issued.code(), issued.err());
        String scanned = org.secretariat.document.QrDecode.decodeFirstInPdf(Files.readAllBytes(Path.of(issued.out().strip())));
        List<String> lines = scanned.lines().toList();
        assertEquals(5, lines.size(), scanned);
        assertEquals("新乡学院", lines.get(2));
        assertTrue(lines.get(3).startsWith("编号 KJDSLM-"), scanned);
        Run ok = run("certificates", "verify", scanned);
        assertEquals(0, ok.code(), ok.out() + ok.err());
        assertTrue(ok.out().startsWith("证书真实有效"), ok.out());
    }
}
