package org.secretariat.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.concurrency.Writers.Writer;
import org.secretariat.persistence.PostgresqlTestServer;
import org.secretariat.persistence.ServerTarget;

/**
 * A PC dies in the middle of an import (issue 17, point 6; decision 0019): of three writers on one
 * server, one imports a large roster and is killed ({@code destroyForcibly}) while its transaction is
 * writing rows. The other two go on and finish; everything they were told went through is there; the
 * killed import left no unit, no audit entry, no counter behind; the audit chain verifies. Runs with
 * {@code -Dsecretariat.test.postgresql=…} only.
 */
class KilledWriterTest {

    static final int ROUNDS = 4;
    static final int ROWS = 5;
    static final int LARGE = 6_000;

    @TempDir
    Path data;

    @RegisterExtension
    final PostgresqlTestServer server = new PostgresqlTestServer();

    @Test
    void aWriterKilledMidImportLosesNothingCommittedAndLeavesNothingHalfWritten() throws Exception {
        ServerTarget t = server.target();
        Writers.setUp(data.resolve("clerk"), t);
        long entriesBefore = Writers.count(t, "select count(*) from audit_entry");
        Writer killed = Writers.start(data, t, "丁", 1, LARGE);
        List<Writer> others = List.of(Writers.start(data, t, "甲", ROUNDS, ROWS), Writers.start(data, t, "乙", ROUNDS, ROWS));
        List<Writer> all = new ArrayList<>(others);
        all.add(killed);
        Writers.goTogether(all);

        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (killed.lines.stream().noneMatch(l -> l.startsWith("WRITING import 1 ") && done(l) >= LARGE / 4)) {
            assertTrue(System.nanoTime() < deadline && killed.process.isAlive(), "the large import never got writing: " + killed.lines);
            Thread.sleep(20);
        }
        killed.process.destroyForcibly();
        killed.await(60);
        assertTrue(killed.ok("import").isEmpty(), "the import finished before the kill: make LARGE larger " + killed.lines);

        List<String> certificates = new ArrayList<>();
        List<String> receipts = new ArrayList<>();
        int imports = 0;
        for (Writer w : others) {
            int code = w.await(600);
            w.refused().forEach(r -> assertTrue(r.startsWith("edit "), w.name + " was refused: " + r));
            assertEquals(w.refused().isEmpty() ? 0 : 4, code, w.name + ": " + w.lines);
            assertEquals(ROUNDS, w.ok("import").size(), w.name + ": " + w.lines);
            certificates.addAll(w.ok("cert"));
            receipts.addAll(w.ok("receipt"));
            imports += w.ok("import").size();
        }

        // the killed import: not a unit, not an audit entry of it
        assertEquals(0, Writers.count(t, "select count(*) from member_unit where name like '丁-%'"));
        assertEquals(0, Writers.count(t, "select count(*) from audit_entry where entity_label like '丁-%'"));
        // the others': all there, numbers once and unbroken
        assertEquals(imports * ROWS, Writers.count(t, "select count(*) from member_unit where name like '%-第%批-单位%'"));
        assertEquals(certificates.size(), new HashSet<>(certificates).size(), "a certificate number given twice");
        assertEquals(certificates.stream().sorted().toList(),
                Writers.column(t, "select number from certificate").stream().sorted().toList());
        assertEquals(receipts.stream().sorted().toList(),
                Writers.column(t, "select receipt_no from fee_payment").stream().sorted().toList());
        Writers.assertUnbrokenRuns(certificates, SeveralWritersTest.NUMBER);
        Writers.assertUnbrokenRuns(receipts, SeveralWritersTest.NUMBER);
        long edits = others.stream().mapToLong(w -> w.ok("edit").size()).sum();
        assertEquals(entriesBefore + imports * ROWS + certificates.size() + receipts.size() + edits,
                Writers.count(t, "select count(*) from audit_entry"), "every entry of a finished operation, none of the killed one");
        assertEquals(Writers.count(t, "select max(seq) from audit_entry"), Writers.count(t, "select count(*) from audit_entry"));
        assertTrue(Writers.cli(data.resolve("clerk"), t, "audit", "verify").contains("完整"), "audit verify");
    }

    private static int done(String writingLine) {
        return Integer.parseInt(writingLine.substring(writingLine.lastIndexOf(' ') + 1));
    }
}
