package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** password set / change / remove, and every command on an encrypted folder, as a clerk runs them. */
class PasswordCommandsTest {

    private static final String SAMPLE = CliRun.SAMPLE;
    /** A unit's credit code in the sample roster: readable in a plain file, not in an encrypted one. */
    private static final String UNIT = "12410700MB1957204F";

    @TempDir
    Path dir;


    private CliRun run(String... args) {
        return CliRun.in(data(), args);
    }

    private Path data() {
        return dir.resolve("data");
    }

    private String passwordFile(String name, String password) throws Exception {
        return Files.writeString(dir.resolve(name), password + "\n", StandardCharsets.UTF_8).toString();
    }

    @Test
    void aPasswordEncryptsTheDataAndEveryBackupAndIsNeededToReadThem() throws Exception {
        assertEquals(0, run("setup", "--charter", "xinxiang-cbec").code());
        assertEquals(0, run("roster", "import", SAMPLE).code());
        String plainList = run("roster", "list").out();
        assertTrue(plainList.contains(UNIT), plainList);
        assertEquals(0, run("backup", "create").code());
        Path manual = dir.resolve("手工备份.zip");
        assertEquals(0, run("backup", "create", "--to", manual.toString()).code());
        assertTrue(contains(data().resolve("secretariat.mv.db"), UNIT), "before: the credit code is in the file as text");

        String secret = passwordFile("new.txt", "秘书处 2026 口令");
        CliRun set = run("password", "set", "--new-password-file", secret);
        assertEquals(0, set.code(), set.err());
        assertTrue(set.out().contains("已为数据目录") && set.out().contains("份备份已用新密码重新加密"), set.out());
        assertTrue(set.err().contains("忘记密码，数据和用它加密的备份都无法打开"), set.err());
        assertFalse(contains(data().resolve("secretariat.mv.db"), UNIT), "the database file no longer shows the credit code");
        for (Path backup : Files.list(data().resolve("backups")).toList()) {
            assertTrue(encryptedBackup(backup), backup + " is re-encrypted");
        }
        assertFalse(encryptedBackup(manual), "a backup outside the data folder is not found, so not changed");

        CliRun noPassword = run("roster", "list");
        assertEquals(2, noPassword.code());
        assertTrue(noPassword.err().contains("已加密") && noPassword.err().contains("--password-file"), noPassword.err());
        CliRun wrong = run("--password-file", passwordFile("wrong.txt", "秘书处 2025 口令"), "roster", "list");
        assertEquals(2, wrong.code());
        assertTrue(wrong.err().contains("密码不对"), wrong.err());
        CliRun right = run("--password-file", secret, "roster", "list");
        assertEquals(0, right.code(), right.err());
        assertEquals(plainList, right.out());
        CliRun backups = run("--password-file", secret, "backup", "list");
        assertEquals(0, backups.code(), backups.err());
        assertFalse(backups.out().contains("无法读取"), backups.out());

        String changed = passwordFile("changed.txt", "another-one");
        CliRun change = run("--password-file", secret, "password", "change", "--new-password-file", changed);
        assertEquals(0, change.code(), change.err());
        assertTrue(change.out().startsWith("已更改数据目录"), change.out());
        assertEquals(2, run("--password-file", secret, "roster", "list").code(), "the old password no longer opens it");
        assertEquals(plainList, run("--password-file", changed, "roster", "list").out());
        Path newest = org.secretariat.persistence.Backups.list(data().resolve("backups")).get(0);
        CliRun restore = run("--password-file", changed, "backup", "restore", newest.toString());
        assertEquals(0, restore.code(), restore.err());
        assertEquals(plainList, run("--password-file", changed, "roster", "list").out(), "the newest backup holds the roster");

        CliRun remove = run("--password-file", changed, "password", "remove");
        assertEquals(0, remove.code(), remove.err());
        assertTrue(contains(data().resolve("secretariat.mv.db"), UNIT), "plain again");
        assertEquals(plainList, run("roster", "list").out());
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() throws Exception {
        assertEquals(0, run("setup", "--charter", "xinxiang-cbec").code());
        assertEquals(0, run("roster", "import", SAMPLE).code());
        String secret = passwordFile("p.txt", "first");
        assertEquals(0, run("password", "set", "--new-password-file", secret).code());
        byte[] before = Files.readAllBytes(data().resolve("secretariat.mv.db"));
        CliRun change = run("--password-file", passwordFile("bad.txt", "second"), "password", "change",
                "--new-password-file", passwordFile("new.txt", "third"));
        assertEquals(2, change.code());
        assertTrue(change.err().contains("密码不对"), change.err());
        assertTrue(Arrays.equals(before, Files.readAllBytes(data().resolve("secretariat.mv.db"))));
        assertEquals(0, run("--password-file", secret, "roster", "list").code());
        assertEquals(2, run("password", "set", "--new-password-file", secret).code(), "set twice is refused");
    }

    private static boolean contains(Path file, String text) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= bytes.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean encryptedBackup(Path zip) throws Exception {
        try (ZipFile z = new ZipFile(zip.toFile()); InputStream in = z.getInputStream(z.getEntry("secretariat.mv.db"))) {
            return new String(in.readNBytes(10), StandardCharsets.US_ASCII).equals("H2encrypt\n");
        }
    }

    @Test
    void restoringABackupFromBeforeThePasswordSaysTheDataHasNoneNow() throws Exception {
        assertEquals(0, run("setup", "--charter", "xinxiang-cbec").code());
        Path manual = dir.resolve("设密码前.zip");
        assertEquals(0, run("backup", "create", "--to", manual.toString()).code());
        String secret = passwordFile("new.txt", "秘书处 2026 口令");
        assertEquals(0, run("password", "set", "--new-password-file", secret).code());

        CliRun restore = run("--password-file", secret, "backup", "restore", manual.toString());
        assertEquals(0, restore.code(), restore.err());
        assertTrue(restore.err().contains("恢复后的数据现在没有密码") && restore.err().contains("password set"), restore.err());
        assertEquals(0, run("roster", "list").code(), "as said: no password now");
        assertEquals(0, run("password", "set", "--new-password-file", secret).code(), "and it can be set again");
    }
}
