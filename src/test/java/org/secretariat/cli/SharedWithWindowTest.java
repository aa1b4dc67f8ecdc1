package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer, and commands while the window is open: a child process holds the data as the window
 * does; commands then work through it (H2 AUTO_SERVER on this machine only), a restore is refused
 * naming the window, and after the window is killed its locks are found stale and cleared.
 */
class SharedWithWindowTest {

    private static final String SAMPLE = CliRun.SAMPLE;

    @TempDir
    Path dir;


    private CliRun run(String... args) {
        return CliRun.in(data(), args);
    }

    private Path data() {
        return dir.resolve("data");
    }

    private Process window(String password) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
                "-Dsecretariat.logdir=" + dir.resolve("logs"), "-cp", System.getProperty("java.class.path"),
                WindowHolder.class.getName(), data().toString(), password)
                .redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("window-stderr.txt").toFile())).start();
        BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = r.readLine();
        assertEquals("OPEN", line, () -> "the window did not open: " + read(dir.resolve("window-stderr.txt")));
        return p;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private int units(CliRun list) {
        assertEquals(0, list.code(), list.err());
        return (int) list.out().lines().count() - 1;
    }

    @Test
    void commandsWorkThroughTheOpenWindowAndAKilledWindowLeavesNoLock() throws Exception {
        assertEquals(0, run("setup", "--charter", "xinxiang-cbec").code());
        Process window = window("");
        try {
            CliRun imported = run("roster", "import", SAMPLE);
            assertEquals(0, imported.code(), imported.err());
            assertEquals(10, units(run("roster", "list")));
            CliRun audit = run("audit", "verify");
            assertEquals(0, audit.code(), audit.err());
            CliRun backup = run("backup", "create");
            assertEquals(0, backup.code(), backup.err());
            assertTrue(backup.out().contains("10 个会员单位"), backup.out());

            CliRun restore = run("backup", "restore", backup.out().substring(backup.out().indexOf("已备份到 ") + 5,
                    backup.out().indexOf(".zip") + 4));
            assertEquals(1, restore.code(), "a restore needs the window closed");
            assertTrue(restore.err().contains("正被另一个秘书处程序使用") && restore.err().contains("秘书处窗口，进程号"), restore.err());
            CliRun password = run("password", "set", "--new-password-file",
                    Files.writeString(dir.resolve("p.txt"), "x").toString());
            assertEquals(1, password.code(), "so does a password change");
            assertTrue(window.isAlive(), "the window is still running after the commands");
        } finally {
            window.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        }
        assertEquals(10, units(run("roster", "list")), "after a crash of the window, a command opens the data alone");
        Process again = window("");
        try {
            assertEquals(10, units(run("roster", "list")), "a new window took over the stale lock and serves again");
        } finally {
            again.getOutputStream().close();
            assertTrue(again.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(0, run("roster", "import", Files.writeString(dir.resolve("more.csv"), "单位名称,会员级别\n后来的单位,会员单位\n",
                StandardCharsets.UTF_8).toString()).code());
        assertEquals(11, units(run("roster", "list")));
    }

    @Test
    void anEncryptedWindowServesOnlyCommandsThatKnowThePassword() throws Exception {
        assertEquals(0, run("setup", "--charter", "xinxiang-cbec").code());
        assertEquals(0, run("roster", "import", SAMPLE).code());
        String secret = Files.writeString(dir.resolve("secret.txt"), "口令 1").toString();
        assertEquals(0, run("password", "set", "--new-password-file", secret).code());
        Process window = window("口令 1");
        try {
            CliRun none = run("roster", "list");
            assertEquals(2, none.code());
            assertTrue(none.err().contains("已加密"), none.err());
            CliRun wrong = run("--password-file", Files.writeString(dir.resolve("wrong.txt"), "口令 2").toString(), "roster", "list");
            assertEquals(2, wrong.code(), wrong.err());
            assertTrue(wrong.err().contains("密码不对"), wrong.err());
            assertEquals(10, units(run("--password-file", secret, "roster", "list")));
        } finally {
            window.getOutputStream().close();
            assertTrue(window.waitFor(30, TimeUnit.SECONDS));
        }
    }
}
