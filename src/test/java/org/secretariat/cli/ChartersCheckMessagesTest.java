package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** charters check on files clerks really hand it: saved as GBK, a folder, a notice period of -30 days. */
class ChartersCheckMessagesTest {

    @TempDir
    Path dir;

    private static String builtIn() throws Exception {
        return Files.readString(Path.of("charters/xinxiang-cbec.yaml"), StandardCharsets.UTF_8);
    }

    @Test
    void aGbkFileIsSaidToBeNotUtf8() throws Exception {
        Path gbk = dir.resolve("gbk.yaml");
        Files.write(gbk, builtIn().getBytes(Charset.forName("GBK")));
        CliRun r = CliRun.in(dir.resolve("data"), "charters", "check", gbk.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith(gbk + ":1:1: 文件不是 UTF-8 编码"), r.err());
    }

    @Test
    void aFolderIsSaidToBeAFolder() {
        CliRun r = CliRun.in(dir.resolve("data"), "charters", "check", dir.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith(dir + ":1:1: 这是一个文件夹"), r.err());
    }

    @Test
    void aNegativeNoticePeriodIsSaidOnceAtItsValue() throws Exception {
        String text = builtIn();
        int at = text.indexOf("days: 30");
        assertTrue(at > 0, "the built-in profile has a 30-day notice");
        Path bad = Files.writeString(dir.resolve("neg.yaml"), text.substring(0, at) + "days: -30" + text.substring(at + 8),
                StandardCharsets.UTF_8);
        CliRun r = CliRun.in(dir.resolve("data"), "charters", "check", bad.toString());
        assertEquals(Cli.BAD_INPUT, r.code());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith(bad.toString())).count(), r.err());
        assertTrue(r.err().contains("应为不小于 1 的整数"), r.err());
    }
}
