package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.charter.TestProfiles;
import org.secretariat.service.AppContext;

/** The commands as a secretary runs them: exit codes, what is printed, and what is (not) written. */
class CliTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final Path SAMPLE = Path.of("src/test/resources/rosters/xinxiang-sample.csv").toAbsolutePath();
    private static final Set<String> BUILT_IN = Set.of("xinxiang-cbec", "cceaa", "cerra", "hengshui-tech", "county-joint");

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Path data() {
        return tmp.resolve("data");
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data-dir", data().toString()));
        all.addAll(List.of(args));
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new Cli(o, e, CLOCK).run(all);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void setUpXinxiang() {
        Result r = run("setup", "--charter", "xinxiang-cbec");
        assertEquals(0, r.code(), r.err());
    }

    /** Unit names as {@code roster list} prints them (first column, header line left out). */
    private List<String> listedNames() {
        Result r = run("roster", "list");
        assertEquals(0, r.code(), r.err());
        return r.outLines().stream().skip(1).map(l -> l.split("\t")[0]).toList();
    }

    private static List<String> sampleNames() throws IOException {
        return Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).stream().skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split(",")[0]).toList();
    }

    private Path write(String name, String text) throws IOException {
        Path file = tmp.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void noArgumentsPrintsUsageAndSucceeds() {
        Result r = run();
        assertEquals(Cli.OK, r.code());
        assertTrue(r.out().contains("用法"), r.out());
        assertTrue(r.out().contains("roster import"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Result r = run("frobnicate");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("未知命令「frobnicate」"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void chartersListsTheFiveBuiltInProfiles() {
        Result r = run("charters");
        assertEquals(Cli.OK, r.code(), r.err());
        assertEquals(BUILT_IN, r.outLines().stream().map(l -> l.split("\t")[0]).collect(Collectors.toSet()));
        assertTrue(r.out().contains("中國電商鄉村振興聯盟"), r.out());
        assertFalse(Files.exists(data().resolve("secretariat.mv.db")), "charters does not open the database");
    }

    @Test
    void chartersReportsABrokenUserProfileAndListsTheRest() throws IOException {
        var bad = TestProfiles.alter("    quorum:", "    quorom:");
        Files.createDirectories(data().resolve("charters"));
        Files.writeString(data().resolve("charters/mine.yaml"), bad.text(), StandardCharsets.UTF_8);
        Result r = run("charters");
        assertEquals(Cli.OK, r.code());
        assertEquals(5, r.outLines().size(), r.out());
        assertTrue(r.err().contains("mine.yaml:" + bad.line() + ":5: bodies[0].quorom: "), r.err());
    }

    @Test
    void chartersCheckAcceptsAGoodProfile() throws IOException {
        Result r = run("charters", "check", write("good.yaml", TestProfiles.MINI).toString());
        assertEquals(Cli.OK, r.code(), r.err());
        assertTrue(r.out().contains("检查通过"), r.out());
        assertTrue(r.out().contains("测试联盟"), r.out());
    }

    @Test
    void chartersCheckRefusesABadProfileWithFileLineAndColumn() throws IOException {
        var bad = TestProfiles.alter("      fraction: 2/3", "      fraction: 4/3");
        Result r = run("charters", "check", write("bad.yaml", bad.text()).toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        Matcher m = Pattern.compile("^.*bad\\.yaml:(\\d+):(\\d+): (.*)$", Pattern.MULTILINE).matcher(r.err());
        assertTrue(m.find(), r.err());
        assertEquals(bad.line(), Integer.parseInt(m.group(1)));
        assertTrue(m.group(3).contains("bodies[0].quorum.fraction") && m.group(3).contains("4/3"), m.group(3));
        assertTrue(r.err().contains("未通过检查"), r.err());
    }

    @Test
    void rosterBeforeSetupIsRefused() throws Exception {
        Result typo = run("roster", "list");
        assertEquals(Cli.BAD_INPUT, typo.code());
        assertTrue(typo.err().contains("不存在：请检查 --data-dir 是否写错"), typo.err());
        for (String[] command : List.of(new String[] {"backup", "create"}, new String[] {"audit", "verify"},
                new String[] {"database", "export", tmp.resolve("e.zip").toString()})) {
            assertEquals(Cli.BAD_INPUT, run(command).code(), "a mistyped folder is not backed up, checked or exported as empty");
        }
        assertFalse(Files.exists(data()), "nothing created in the mistyped folder");
        assertFalse(Files.exists(tmp.resolve("e.zip")));

        Files.createDirectories(data());
        Result r = run("roster", "list");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("尚未设置"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void setupWithAnUnknownCharterIsRefusedAndLeavesTheFolderNotSetUp() {
        Result r = run("setup", "--charter", "nope");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("「nope」"), r.err());
        assertFalse(Files.exists(data()), "the refused setup leaves no folder behind");
        assertEquals(Cli.BAD_INPUT, run("roster", "list").code());
    }

    @Test
    void setupWithoutACharterIsAUsageError() {
        Result r = run("setup");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("--charter"), r.err());
    }

    @Test
    void setupWithABuiltInCharterSucceeds() {
        Result r = run("setup", "--charter", "xinxiang-cbec");
        assertEquals(Cli.OK, r.code(), r.err());
        assertTrue(r.out().contains("新乡市跨境电商产教联盟") && r.out().contains("xinxiang-cbec"), r.out());
        assertEquals(List.of(), listedNames());
    }

    @Test
    void importOfTheSampleRosterWritesEveryUnit() throws IOException {
        setUpXinxiang();
        Result r = run("roster", "import", SAMPLE.toString());
        assertEquals(Cli.OK, r.code(), r.err());
        assertTrue(r.out().contains("已导入 10 个"), r.out());
        List<String> names = listedNames();
        assertEquals(sampleNames(), names);
        assertTrue(names.contains("新乡学院"));
        Result list = run("roster", "list");
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("新乡学院\t理事长单位\t高等院校\t会员\t")), list.out());
    }

    @Test
    void importWithBadRowsWritesNothingAndPointsAtRowAndColumn() throws IOException {
        setUpXinxiang();
        assertEquals(Cli.OK, run("roster", "import", SAMPLE.toString()).code());
        Path bad = write("bad-roster.csv", """
                单位名称,单位类型,会员级别,入会日期
                新乡工程学院,高校,普通会员单位,2024-03-01
                新乡市外贸协会,行业协会,理事单位,2023-02-30
                新乡某某公司,企业,金牌会员,2024-03-01
                """);
        Result r = run("roster", "import", bad.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith(bad + ":3:4: ") && l.contains("2023-02-30")), r.err());
        assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith(bad + ":4:3: ") && l.contains("金牌会员")), r.err());
        assertTrue(r.errLines().stream().noneMatch(l -> l.startsWith(bad + ":2:")), r.err());
        assertTrue(r.err().contains("未写入任何数据"), r.err());
        assertEquals(sampleNames(), listedNames(), "the good row is not written either");
    }

    @Test
    void dryRunChecksButWritesNothing() {
        setUpXinxiang();
        Result r = run("roster", "import", SAMPLE.toString(), "--dry-run");
        assertEquals(Cli.OK, r.code(), r.err());
        assertTrue(r.out().contains("10 行可以导入"), r.out());
        assertEquals(List.of(), listedNames());
    }

    @Test
    void importOfAFileThatIsNotASpreadsheetIsRefusedAtLineOne() throws IOException {
        setUpXinxiang();
        Path fake = write("fake.xlsx", "not a workbook");
        Result r = run("roster", "import", fake.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith(fake + ":1:1: "), r.err());
    }

    @Test
    void exportWritesAWorkbookWithTheUnitsUnderChineseHeaders() throws IOException {
        setUpXinxiang();
        assertEquals(Cli.OK, run("roster", "import", SAMPLE.toString()).code());
        Path out = tmp.resolve("out.xlsx");
        Result r = run("roster", "export", out.toString());
        assertEquals(Cli.OK, r.code(), r.err());
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            assertEquals("单位名称", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("统一社会信用代码", sheet.getRow(0).getCell(1).getStringCellValue());
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                names.add(row.getCell(0).getStringCellValue());
            }
            assertEquals(sampleNames(), names);
        }
    }

    @Test
    void exportOfTheEmptyRosterStillWritesTheHeader() throws IOException {
        setUpXinxiang();
        Path out = tmp.resolve("empty.xlsx");
        assertEquals(Cli.OK, run("roster", "export", out.toString()).code());
        try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals("单位名称", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals(0, wb.getSheetAt(0).getLastRowNum());
        }
    }

    @Test
    void exportToANonXlsxNameIsAUsageError() {
        setUpXinxiang();
        Result r = run("roster", "export", tmp.resolve("out.csv").toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertFalse(Files.exists(tmp.resolve("out.csv")));
    }

    @Test
    void templateHasTheHeadersTheDropDownsAndTheInstructions() throws IOException {
        setUpXinxiang();
        Path t = tmp.resolve("t.xlsx");
        Result r = run("roster", "template", t.toString());
        assertEquals(Cli.OK, r.code(), r.err());
        try (InputStream in = Files.newInputStream(t); Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheet("会员名单");
            assertEquals("单位名称", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals(3, sheet.getDataValidations().size());
            Sheet help = wb.getSheet("填写说明");
            assertTrue(help.getRow(0).getCell(0).getStringCellValue().contains("新乡市跨境电商产教联盟"));
        }
    }

    @Test
    void secondOpenOfTheSameFolderIsRefusedWhileTheFirstIsOpen() throws Exception {
        setUpXinxiang();
        try (AppContext first = AppContext.open(data(), "test holder", CLOCK)) {
            assertTrue(first.isSetUp());
            Result r = run("roster", "list");
            assertEquals(Cli.FAILURE, r.code());
            assertTrue(r.err().contains("正被另一个"), r.err());
            assertTrue(r.err().contains("test holder"), r.err());
        }
        assertEquals(Cli.OK, run("roster", "list").code(), "the folder opens again once the first has closed");
    }
}
