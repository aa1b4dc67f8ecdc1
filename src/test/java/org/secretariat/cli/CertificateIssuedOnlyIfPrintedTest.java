package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A certificate is in the register only if its file was written; a long name still gets its file;
 * verifying tells a genuine certificate of a unit that has left, or changed tier, from a current one.
 */
class CertificateIssuedOnlyIfPrintedTest {

    /** 78 characters: as a file name, 234 bytes before the number, and the temporary name's suffix, are added. */
    static final String LONG_NAME = "中华人民共和国商务部国际贸易经济合作研究院（中国国际电子商务中心）一带一路跨境电子商务数字贸易与供应链金融创新联合研究院北京有限责任公司第一分公司";

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.in(dir.resolve("data"), args);
    }

    private void setUp() throws Exception {
        assertEquals(0, run("setup", "--charter", "cceaa", "--name", "中国跨境电子商务应用联盟").code());
        Path csv = dir.resolve("roster.csv");
        Files.writeString(csv, "单位名称,统一社会信用代码,单位类型,会员级别,法定代表人,单位地址,联系人,联系电话,电子邮箱,入会日期,备注\n"
                + "甲跨境贸易有限公司,,企业,普通成员,王一,,,,,2022-03-01,\n"
                + LONG_NAME + ",,企业,普通成员,王二,,,,,2023-05-01,\n", StandardCharsets.UTF_8);
        CliRun imported = run("roster", "import", csv.toString());
        assertEquals(0, imported.code(), imported.err());
    }

    private static long files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIssuesNothingAndUsesNoNumber() throws Exception {
        setUp();
        Path notAFolder = Files.writeString(dir.resolve("a-file"), "x");
        CliRun refused = run("certificates", "issue", "--all", "--out", notAFolder.toString());
        assertEquals(1, refused.code(), "a place the disk refuses, as for every output (roster export, reports, backups)");
        assertTrue(refused.err().startsWith(notAFolder + ":1:1: "), refused.err());
        assertTrue(refused.err().contains("未颁发任何证书"), refused.err());
        assertEquals(1, run("certificates", "list").out().lines().count(), "the register is as it was: its header alone");

        CliRun issued = run("certificates", "issue", "--all", "--out", dir.resolve("out").toString());
        assertEquals(0, issued.code(), issued.err());
        assertTrue(issued.out().contains("-0001-") && issued.out().contains("-0002-"),
                "the refused issue used no number: " + issued.out());
        assertEquals(2, files(dir.resolve("out")));
    }

    @Test
    void aSeventyEightCharacterNameGetsItsFileUnderAShortenedName() throws Exception {
        setUp();
        for (String format : List.of("pdf", "docx")) {
            Path out = dir.resolve("out-" + format);
            CliRun issued = format.equals("pdf") ? run("certificates", "issue", "--all", "--out", out.toString())
                    : run("certificates", "export", "--all", "--out", out.toString(), "--format", "docx");
            assertEquals(0, issued.code(), issued.err());
            assertEquals(2, files(out), "both units' certificates, the long-named one too");
            try (Stream<Path> s = Files.list(out)) {
                Path longOne = s.filter(p -> p.getFileName().toString().contains("中华人民共和国商务部")).findFirst().orElseThrow();
                String name = longOne.getFileName().toString();
                assertTrue(name.getBytes(StandardCharsets.UTF_8).length < 160, name);
                assertTrue(name.endsWith("." + format), name);
            }
        }
    }

    @Test
    void verifyingSaysWhenTheHolderHasLeftOrChangedTierAndForgivesCase() throws Exception {
        setUp();
        CliRun issued = run("certificates", "issue", "--all", "--out", dir.resolve("out").toString());
        assertEquals(0, issued.code(), issued.err());
        String number = number(issued.out(), "甲跨境贸易有限公司");
        String code = run("certificates", "list").out().lines().filter(l -> l.startsWith(number)).findFirst().orElseThrow();
        String verification = verificationCode(number);

        CliRun lower = run("certificates", "verify", verification.toLowerCase());
        assertEquals(0, lower.code(), lower.out());
        assertTrue(lower.out().startsWith("证书真实有效"), lower.out());
        assertTrue(lower.out().contains("持证人：甲跨境贸易有限公司\n"), "the unit named once: " + lower.out());
        LocalDate today = LocalDate.now(CliRun.CLOCK);
        assertTrue(lower.out().contains("颁发：" + today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日"),
                "a Chinese date: " + lower.out());

        assertEquals(0, run("roster", "set", "甲跨境贸易有限公司", "--tier", "主席团成员").code());
        CliRun promoted = run("certificates", "verify", verification);
        assertEquals(0, promoted.code(), "still a member, still genuine");
        assertTrue(promoted.out().contains("证书所载为「普通成员」，该单位现为「主席团成员」"), promoted.out());

        CliRun left = run("roster", "set", "甲跨境贸易有限公司", "--status", "已退出");
        assertEquals(0, left.code(), left.err());
        CliRun gone = run("certificates", "verify", verification);
        assertEquals(2, gone.code(), "no longer proves membership");
        assertTrue(gone.out().startsWith("证书真实，但持证单位已不是本会会员"), gone.out());
        assertTrue(gone.out().contains("甲跨境贸易有限公司已退会；证书应依第"), gone.out());
        assertTrue(code.contains(number));
    }

    @Test
    void aReportForAYearNotYetBegunIsRefused() {
        int next = LocalDate.now(CliRun.CLOCK).getYear() + 1;
        assertEquals(0, run("setup", "--charter", "cceaa").code());
        CliRun r = run("report", "annual", "--year", Integer.toString(next), "--out", dir.resolve("r.pdf").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("这一年还没有到"), r.err());
        assertFalse(Files.exists(dir.resolve("r.pdf")));
    }

    /** The number of the certificate whose file names the unit, from the paths the command printed. */
    private static String number(String printed, String unit) {
        String line = printed.lines().filter(l -> l.contains(unit)).findFirst().orElseThrow();
        Matcher m = Pattern.compile("([A-Z]+-\\d{4}-\\d{4})-").matcher(Path.of(line).getFileName().toString());
        assertTrue(m.find(), line);
        return m.group(1);
    }

    private String verificationCode(String number) throws Exception {
        Path pdf;
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            pdf = s.filter(p -> p.getFileName().toString().startsWith(number)).findFirst().orElseThrow();
        }
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf.toString());
        try {
            String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s", "");
            Matcher m = Pattern.compile(Pattern.quote(number) + "\\.[A-Z2-9]{8}").matcher(text);
            assertTrue(m.find(), text);
            return m.group();
        } finally {
            reader.close();
        }
    }
}
