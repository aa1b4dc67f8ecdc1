package org.secretariat.concurrency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.concurrency.Writers.Writer;
import org.secretariat.persistence.PostgresqlTestServer;
import org.secretariat.persistence.ServerTarget;
import org.secretariat.service.AuditTrail;

/**
 * Three PCs writing to one office server at once (issue 17, points 2 and 6; decision 0019): three
 * {@link OfficeWriter} processes each import rosters, issue certificates, record fee payments and edit
 * the shared units, all in the same seconds. Afterwards every certificate and receipt number is given
 * once and in an unbroken run, nothing the writers were told went through is missing, nothing that was
 * refused was left half-written, the audit chain verifies, and no edit overwrote another unseen.
 * Runs with {@code -Dsecretariat.test.postgresql=…} only.
 */
class SeveralWritersTest {

    static final int ROUNDS = 6;
    static final int ROWS = 5;
    static final String NUMBER = "(.*?)(\\d+)\\D*";

    @TempDir
    Path data;

    @RegisterExtension
    final PostgresqlTestServer server = new PostgresqlTestServer();

    @Test
    void threeWritersAtOnceGiveEveryNumberOnceAndKeepTheChainWhole() throws Exception {
        ServerTarget t = server.target();
        Writers.setUp(data.resolve("clerk"), t);
        Map<String, String> before = new HashMap<>();
        for (String row : Writers.column(t, "select id || '|' || coalesce(remarks, '') from member_unit")) {
            before.put(row.substring(0, row.indexOf('|')), row.substring(row.indexOf('|') + 1));
        }
        List<Writer> writers = new ArrayList<>();
        for (String name : List.of("甲", "乙", "丙")) {
            writers.add(Writers.start(data, t, name, ROUNDS, ROWS));
        }
        Writers.goTogether(writers);
        List<String> certificates = new ArrayList<>();
        List<String> receipts = new ArrayList<>();
        int imports = 0;
        int edits = 0;
        for (Writer w : writers) {
            int code = w.await(600);
            // only an edit may be refused (two PCs on one unit), and a refusal reaches its writer: exit 4 and the reason
            w.refused().forEach(r -> assertTrue(r.startsWith("edit "), w.name + " was refused: " + r));
            assertEquals(w.refused().isEmpty() ? 0 : 4, code, w.name + ": " + w.lines);
            assertEquals(ROUNDS, w.ok("import").size(), w.name + ": " + w.lines);
            certificates.addAll(w.ok("cert"));
            receipts.addAll(w.ok("receipt"));
            imports += w.ok("import").size();
            edits += w.ok("edit").size();
        }
        assertEquals(3 * ROUNDS, certificates.size());
        assertEquals(3 * ROUNDS, receipts.size());

        // each number given once, the register holds exactly the ones the writers were given, 1…n without a gap
        assertEquals(certificates.size(), new HashSet<>(certificates).size(), "a certificate number given twice: " + certificates);
        assertEquals(receipts.size(), new HashSet<>(receipts).size(), "a receipt number given twice: " + receipts);
        assertEquals(sorted(certificates), sorted(Writers.column(t, "select number from certificate")));
        assertEquals(sorted(receipts), sorted(Writers.column(t, "select receipt_no from fee_payment")));
        Writers.assertUnbrokenRuns(certificates, NUMBER);
        Writers.assertUnbrokenRuns(receipts, NUMBER);

        // counts equal the operations that went through, in the tables and in the audit trail
        assertEquals(imports * ROWS, Writers.count(t, "select count(*) from member_unit where name like '%-第%批-单位%'"));
        assertEquals(10 + imports * ROWS, Writers.count(t, "select count(*) from audit_entry where action = 'IMPORT'"));
        assertEquals(certificates.size(), Writers.count(t, "select count(*) from audit_entry where action = 'ISSUE'"));
        assertEquals(receipts.size(), Writers.count(t, "select count(*) from audit_entry where action = 'PAYMENT'"));
        assertEquals(edits, Writers.count(t, "select count(*) from audit_entry where action = 'UPDATE'"));
        assertNoEditOverwrittenUnseen(t, before);

        // the chain: numbered 1…n without a gap, and every link holds
        assertEquals(Writers.count(t, "select max(seq) from audit_entry"), Writers.count(t, "select count(*) from audit_entry"));
        assertTrue(Writers.cli(data.resolve("clerk"), t, "audit", "verify").contains("完整"), "audit verify");
    }

    /**
     * Each edit of a shared unit started from the value the edit before it left (its audit entry's old
     * remarks are the previous entry's new ones), and the unit holds the last one's: no edit was lost.
     */
    private static void assertNoEditOverwrittenUnseen(ServerTarget t, Map<String, String> before) throws Exception {
        List<String> rows = Writers.column(t, "select entity_id || '|' || details from audit_entry where action = 'UPDATE' order by seq");
        Map<String, String> last = new HashMap<>(before);
        for (String row : rows) {
            String unit = row.substring(0, row.indexOf('|'));
            String[] remarks = remarksChange(row.substring(row.indexOf('|') + 1));
            assertEquals(last.get(unit), remarks[0], "edit of unit " + unit + " did not start from the last one");
            last.put(unit, remarks[1]);
        }
        for (Map.Entry<String, String> e : last.entrySet()) {
            assertEquals(List.of(e.getValue()), Writers.column(t, "select coalesce(remarks, '') from member_unit where id = " + e.getKey()));
        }
    }

    /** Old and new remarks from an audit entry's details ("field SEP old SEP new" lines). */
    private static String[] remarksChange(String details) {
        for (String line : details.split("\n")) {
            String[] parts = line.split(String.valueOf(AuditTrail.SEP), -1);
            if (parts[0].equals("remarks")) {
                return new String[] {parts[1], parts[2]};
            }
        }
        throw new AssertionError("an update without remarks: " + details);
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
    }
}
