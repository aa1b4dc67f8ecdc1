package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.service.AppContext;

/** audit verify: the whole hash chain, intact or with the first broken entry named. */
class AuditCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        int code = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK).run(all);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private void setUpWithSampleRoster() {
        assertEquals(0, run("setup", "--charter", "xinxiang-cbec").code());
        assertEquals(0, run("roster", "import", "src/test/resources/rosters/xinxiang-sample.csv").code());
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
        Run r = run("audit", "verify");
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
        Run r = run("audit", "verify");
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
        Run r = run("audit", "verify");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().startsWith("审计记录在第 5 条处断开"), r.err());
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        Run r = run("audit", "fix");
        assertEquals(Cli.BAD_INPUT, r.code());
        assertTrue(r.err().contains("未知命令「audit fix」"), r.err());
    }
}
