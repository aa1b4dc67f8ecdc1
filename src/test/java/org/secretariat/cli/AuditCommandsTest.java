package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.service.AppContext;

/** audit verify: the whole hash chain, intact or with the first broken entry named. */
class AuditCommandsTest {

    private static final Clock CLOCK = CliRun.CLOCK;

    @TempDir
    Path dir;

    private CliRun run(String... args) {
        return CliRun.in(dir, args);
    }

    private void setUpWithSampleRoster() {
        assertEquals(0, run("setup", "--charter", "xinxiang-cbec").code());
        assertEquals(0, run("roster", "import", CliRun.SAMPLE).code());
    }

    private long auditEntries() throws Exception {
        try (AppContext ctx = AppContext.open(dir, "test", CLOCK)) {
            return ctx.database().counts().auditEntries();
        }
    }

    @Test
    void anUntouchedTrailIsIntact() throws Exception {
        setUpWithSampleRoster();
        long n = auditEntries();
        assertTrue(n > 5, "setup and one entry per imported unit");
        CliRun r = run("audit", "verify");
        assertEquals(Cli.OK, r.code(), r.err());
        assertEquals("审计记录完整：" + n + " 条", r.out().strip());
        assertEquals("", r.err());
    }

    @Test
    void aQuietEditNamesTheFirstBrokenEntryAndExitsTwo() throws Exception {
        setUpWithSampleRoster();
        try (AppContext ctx = AppContext.open(dir, "test", CLOCK)) {
            ctx.database().inTransaction(s -> s.createNativeMutationQuery(
                    "update audit_entry set actor = 'someone else' where seq = 3").executeUpdate());
        }
        CliRun r = run("audit", "verify");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith("审计记录在第 3 条处断开（记录时间 2025-06-05 10:00:00，操作人 someone else；共 "), r.err());
    }

    @Test
    void aRemovedEntryBreaksTheChainAtTheNextOne() throws Exception {
        setUpWithSampleRoster();
        try (AppContext ctx = AppContext.open(dir, "test", CLOCK)) {
            ctx.database().inTransaction(s -> s.createNativeMutationQuery(
                    "delete from audit_entry where seq = 4").executeUpdate());
        }
        CliRun r = run("audit", "verify");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("审计记录在第 5 条处断开"), r.err());
    }

    @Test
    void entriesCutFromTheEndAreFoundAgainstTheNewestBackup() throws Exception {
        setUpWithSampleRoster();
        assertEquals(0, run("backup", "create").code());
        long n = auditEntries();
        try (AppContext ctx = AppContext.open(dir, "test", CLOCK)) {
            ctx.database().inTransaction(s -> s.createNativeMutationQuery(
                    "delete from audit_entry where seq >= " + (n - 2)).executeUpdate());
        }
        CliRun r = run("audit", "verify");
        assertEquals(Cli.BAD_INPUT, r.code(), "the shorter chain still holds, but the backup remembers how far it went");
        assertTrue(r.err().startsWith("审计记录比备份 secretariat-") && r.err().contains("备份中最后一条是第 " + n + " 条，现在的数据只到第 "
                + (n - 3) + " 条"), r.err());

        try (AppContext ctx = AppContext.open(dir, "test", CLOCK)) {
            ctx.database().inTransaction(s -> s.createNativeMutationQuery(
                    "update audit_entry set details = details || 'x' where seq = " + (n - 3)).executeUpdate());
        }
        assertEquals(Cli.BAD_INPUT, run("audit", "verify").code(), "a changed entry still breaks the chain first");
    }

    @Test
    void aTrailThatGrewSinceTheBackupIsIntact() throws Exception {
        setUpWithSampleRoster();
        assertEquals(0, run("backup", "create").code());
        assertEquals(0, run("roster", "set", "新乡学院", "--status", "已退出").code());
        CliRun r = run("audit", "verify");
        assertEquals(Cli.OK, r.code(), r.err());
        assertEquals("审计记录完整：" + auditEntries() + " 条", r.out().strip());
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        CliRun r = run("audit", "fix");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("未知命令「audit fix」"), r.err());
    }
}
