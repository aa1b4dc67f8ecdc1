package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup create / list / restore as a clerk runs them. */
class BackupCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final String SAMPLE = "src/test/resources/rosters/xinxiang-sample.csv";

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK).run(all);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private int rosterSize() {
        Run list = run("roster", "list");
        assertEquals(0, list.code(), list.err());
        return (int) list.out().lines().count() - 1;
    }

    @Test
    void aBackupIsCreatedListedAndRestored() throws Exception {
        assertEquals(0, run("setup", "--charter", "xinxiang-cbec").code());
        assertEquals(0, run("roster", "import", SAMPLE).code());
        int units = rosterSize();
        Path manual = dir.resolve("手工备份.zip");
        Run created = run("backup", "create", "--to", manual.toString());
        assertEquals(0, created.code(), created.err());
        assertTrue(created.out().contains("已备份到 " + manual) && created.out().contains(units + " 个会员单位"), created.out());

        Run auto = run("backup", "create");
        assertEquals(0, auto.code(), auto.err());
        assertTrue(auto.out().contains("secretariat-20250605-100000"), auto.out());
        Run list = run("backup", "list");
        assertEquals(0, list.code(), list.err());
        List<String> rows = list.out().lines().skip(1).toList();
        assertEquals(3, rows.size(), "today's backups are all kept: after setup, after the import, and this one");
        assertTrue(rows.get(0).startsWith("2025-06-05 10:00:00\t") && rows.get(0).contains("\t" + units + "\t"), list.out());
        assertTrue(list.err().contains("份备份"), list.err());

        assertEquals(0, run("roster", "import", write("more.csv", "单位名称,会员级别\n后来的单位,会员单位\n")).code());
        assertEquals(units + 1, rosterSize());
        Run restored = run("backup", "restore", manual.toString());
        assertEquals(0, restored.code(), restored.err());
        assertTrue(restored.out().contains("备份时间") && restored.out().contains("已恢复备份"), restored.out());
        assertTrue(restored.out().contains("恢复前的数据已备份到"), restored.out());
        assertEquals(units, rosterSize());
    }

    @Test
    void restoringAFileThatIsNotABackupExitsTwoAndChangesNothing() throws Exception {
        assertEquals(0, run("setup", "--charter", "xinxiang-cbec").code());
        String roster = write("名单.zip", "单位名称\n甲\n");
        Run r = run("backup", "restore", roster);
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith(roster + ":1:1: 「" + roster + "」不是秘书处的备份文件：不是 zip 压缩包"), r.err());
        assertEquals("", r.out());
        assertFalse(Files.exists(dir.resolve("data/backups")) && Files.list(dir.resolve("data/backups")).count() > 1);
        assertEquals(0, rosterSize());
    }

    @Test
    void badCommandLinesAreUsageErrors() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Run notZip = run("backup", "create", "--to", dir.resolve("x.txt").toString());
        assertEquals(Cli.BAD_INPUT, notZip.code());
        assertTrue(notZip.err().contains("须以 .zip 结尾"), notZip.err());
        assertEquals(Cli.BAD_INPUT, run("backup", "restore").code());
        assertEquals(Cli.BAD_INPUT, run("backup", "frobnicate").code());
        Run usage = run("help");
        assertTrue(usage.out().contains("backup create") && usage.out().contains("backup restore"), usage.out());
    }

    private String write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f.toString();
    }
}
