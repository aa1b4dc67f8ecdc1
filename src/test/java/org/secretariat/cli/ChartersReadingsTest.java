package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code charters readings [ID|FILE]}: one line per reading, {@code ID 对象（条款）：解读}; no database opened. */
class ChartersReadingsTest {

    private static final List<String> BUILT_IN = List.of("xinxiang-cbec", "cceaa", "cerra", "hengshui-tech", "county-joint");

    @TempDir
    Path tmp;

    @Test
    void withoutAnIdEveryBuiltInProfilesReadingsAreListedInIndexOrder() {
        CliRun r = CliRun.in(tmp.resolve("data"), "charters", "readings");
        assertEquals(Cli.OK, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.size() > 50, r.out());
        List<String> ids = lines.stream().map(l -> l.substring(0, l.indexOf(' '))).distinct().toList();
        assertEquals(BUILT_IN, ids);
        for (String l : lines) {
            assertTrue(l.matches("[a-z0-9-]+ \\S.*（[^）]*.*）：.+"), l);
        }
        assertTrue(lines.contains("cceaa 主席团 席位（第八条（一））：每个主席团成员单位一席。"), r.out());
        assertFalse(Files.exists(tmp.resolve("data").resolve("secretariat.mv.db")), "no database is opened");
    }

    @Test
    void oneProfileById() {
        CliRun r = CliRun.in(tmp.resolve("data"), "charters", "readings", "cceaa");
        assertEquals(Cli.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertFalse(lines.isEmpty());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("cceaa ")), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("cceaa 连续不参加活动（第十三条（一））：")), r.out());
    }

    @Test
    void oneProfileByFileAndAsMarkdown() {
        CliRun r = CliRun.in(tmp.resolve("data"), "charters", "readings", "--markdown", "charters/county-joint.yaml");
        assertEquals(Cli.OK, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("**") && lines.get(0).contains("`county-joint`"), lines.get(0));
        assertEquals("", lines.get(1));
        assertTrue(lines.stream().skip(2).allMatch(l -> l.startsWith("- `county-joint` ")), r.out());
        assertTrue(r.out().contains("- `county-joint` 章程未规定的程序：修改章程（未规定）：章程没有修改章程的条款。"), r.out());
    }

    @Test
    void anUnknownIdIsRefusedWithTheKnownIds() {
        CliRun r = CliRun.in(tmp.resolve("data"), "charters", "readings", "no-such-charter");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().contains("没有标识为「no-such-charter」的章程配置"), r.err());
        assertTrue(r.err().contains("xinxiang-cbec、cceaa、cerra、hengshui-tech、county-joint"), r.err());
    }

    @Test
    void theListAndTheCheckStayAsTheyWere() {
        CliRun list = CliRun.in(tmp.resolve("data"), "charters");
        assertEquals(Cli.OK, list.code(), list.err());
        assertEquals(5, list.out().lines().count(), list.out());
        CliRun check = CliRun.in(tmp.resolve("data"), "charters", "check", "charters/cceaa.yaml");
        assertEquals(Cli.OK, check.code(), check.err());
        assertEquals(Cli.BAD_INPUT, CliRun.in(tmp.resolve("data"), "charters", "--markdown").code());
        assertEquals(Cli.BAD_INPUT, CliRun.in(tmp.resolve("data"), "charters", "readings", "a", "b").code());
    }
}
