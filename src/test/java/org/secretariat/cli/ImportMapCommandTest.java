package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code roster import FILE --map MAP}: a roster's own words for tiers and types, mapped by a file. */
class ImportMapCommandTest {

    @TempDir
    Path dir;

    private Path data;
    private Path roster;

    @BeforeEach
    void setUp() throws Exception {
        data = dir.resolve("data");
        assertEquals(0, CliRun.in(data, "setup", "--charter", "xinxiang-cbec").code());
        roster = Files.writeString(dir.resolve("名单.csv"), "单位名称,会员级别,单位类型\n"
                + "甲公司,钻石会员,民营企业\n乙公司,钻石会员,企业\n丙公司,普通会员单位,民营企业\n", StandardCharsets.UTF_8);
    }

    @Test
    void withoutAMappingEachUnknownValueIsOneErrorNamingItsRows() {
        CliRun r = CliRun.in(data, "roster", "import", roster.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains(roster + ":2:2: 会员级别：会员级别「钻石会员」不在本章程中（第 2、3 行）；请在导入窗口中指定对应级别，或用 --map"),
                r.err());
        assertTrue(r.err().contains(roster + ":2:3: 单位类型：单位类型「民营企业」无法识别（第 2、4 行）"), r.err());
        assertEquals(1, r.err().split("钻石会员", -1).length - 1, "said once: " + r.err());
    }

    @Test
    void aGb18030MappingFileImportsAndIsRememberedForTheNextImport() throws Exception {
        Path map = Files.write(dir.resolve("对应表.txt"),
                "列名,文件中的值,对应值\n会员级别,钻石会员,理事单位\n单位类型=民营企业=企业\n".getBytes(Charset.forName("GB18030")));
        CliRun r = CliRun.in(data, "roster", "import", roster.toString(), "--map", map.toString());
        assertEquals(Cli.OK, r.code(), r.err());
        CliRun list = CliRun.in(data, "roster", "list");
        assertTrue(list.out().contains("甲公司\t理事单位\t企业"), list.out());

        Path next = Files.writeString(dir.resolve("补充.csv"), "单位名称,会员级别\n丁公司,钻石会员\n", StandardCharsets.UTF_8);
        CliRun again = CliRun.in(data, "roster", "import", next.toString());
        assertEquals(Cli.OK, again.code(), again.err());
    }

    @Test
    void badLinesOfAMappingFileAreReportedAtTheirLinesAndNothingIsWritten() throws Exception {
        Path map = Files.writeString(dir.resolve("map.csv"),
                "会员级别,钻石会员,理事单位\n联系人,王,李\n会员级别,金牌\n会员级别,金牌会员,金牌理事\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.in(data, "roster", "import", roster.toString(), "--map", map.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains(map + ":2:1: 「联系人」不是可以对应的列"), r.err());
        assertTrue(r.err().contains(map + ":3:1: 应写成「列名,文件中的值,对应值」"), r.err());
        assertTrue(r.err().contains(map + ":4:1: 「金牌理事」不是本章程的会员级别"), r.err());
        assertFalse(r.err().contains(map + ":1:1"), r.err());
        assertTrue(CliRun.in(data, "roster", "list").err().contains("0"), "nothing written");
        assertEquals(1, CliRun.in(data, "roster", "list").out().lines().count(), "only the header line");
    }

    @Test
    void theUsageTextDocumentsMap() {
        CliRun r = CliRun.in(data, "--help");
        assertTrue((r.out() + r.err()).contains("--map"), r.out() + r.err());
    }

    @Test
    void aMissingColumnIsNotCalledZeroRowsWithOneError() throws Exception {
        Path noName = Files.writeString(dir.resolve("无名.csv"), "联系人,会员级别\n李明,理事单位\n", StandardCharsets.UTF_8);
        CliRun r = CliRun.in(data, "roster", "import", noName.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("缺少「单位名称」列"), r.err());
        assertFalse(r.err().contains("0 行中有"), r.err());
    }
}
