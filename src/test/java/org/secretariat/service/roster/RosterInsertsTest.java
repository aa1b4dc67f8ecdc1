package org.secretariat.service.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.AuditAction;
import org.secretariat.domain.AuditEntry;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.MemberUnit;
import org.secretariat.domain.UnitType;
import org.secretariat.persistence.MemberUnitRepository;
import org.secretariat.service.AppContext;
import org.secretariat.service.AuditTrail;
import org.secretariat.service.TestWorkspace;

/**
 * The import's batch writer (decision 0025) writes what the roster's one write path writes: the same
 * unit, the same people, the same audit details; and it writes nothing when the transaction it
 * shares rolls back.
 */
class RosterInsertsTest {

    @TempDir
    Path dir;

    private static UnitDraft draft(String name, int n) {
        UnitDraft d = TestWorkspace.unit(name, TestWorkspace.code("91410700MA", n));
        d.unitType = UnitType.ENTERPRISE;
        d.status = MemberStatus.MEMBER;
        d.joinDate = LocalDate.of(2024, 3, 1);
        d.legalRepresentative = "王强";
        d.address = "新乡市红旗区";
        d.contactName = "李明";
        d.phone = "13800000001";
        d.email = "liming@example.cn";
        d.remarks = "首批";
        d.people.add(new PersonDraft("张华", "总经理", "理事", LocalDate.of(2024, 1, 1), LocalDate.of(2028, 12, 31),
                "13900000002", "zh@example.cn"));
        d.people.add(new PersonDraft("陈静", "", "联络员", null, null, "", ""));
        return d;
    }

    /** The unit's fields and people as the audit trail records them, but its (unique) name and credit code. */
    private static Map<String, String> saved(AppContext ctx, long id) {
        return ctx.database().fromTransaction(s -> {
            MemberUnit u = new MemberUnitRepository().findWithPeople(s, id).orElseThrow();
            Map<String, String> m = new java.util.TreeMap<>(RosterService.snapshot(u));
            m.remove("creditCode");
            m.remove("name");
            return m;
        });
    }

    /** An audit entry's details without the name's and the credit code's lines. */
    private static String details(AuditEntry e) {
        return e.getDetails().lines().filter(l -> !l.startsWith("name" + AuditTrail.SEP) && !l.startsWith("creditCode" + AuditTrail.SEP)).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static AuditEntry entryFor(AppContext ctx, long id) {
        return ctx.database().fromTransaction(s -> s.createSelectionQuery(
                "from AuditEntry a where a.entityType = 'MemberUnit' and a.entityId = :id", AuditEntry.class)
                .setParameter("id", id).getSingleResult());
    }

    @Test
    void aBatchWrittenUnitIsTheUnitTheOneWritePathWrites() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            RosterService roster = ctx.roster();
            long before = ctx.database().fromTransaction(s -> ctx.audit().verify(s)).entries();
            long one = ctx.database().fromTransaction(s -> roster.write(s, draft("新乡宏达科技有限公司", 1000), AuditAction.IMPORT));
            List<Long> batched = new ArrayList<>();
            ctx.database().fromTransaction(s -> {
                var chain = roster.auditChain(s);
                s.doWork(c -> {
                    try (RosterInserts inserts = roster.inserts(s, c, chain, 50)) {
                        for (int i = 0; i < 60; i++) { // more than one batch
                            batched.add(inserts.add(draft("新乡宏达第" + i + "科技有限公司", i), AuditAction.IMPORT));
                        }
                    }
                });
                // the chain goes on in the session once the batch writer is closed
                return roster.write(s, draft("其后保存的单位", 2000), AuditAction.CREATE, chain);
            });
            assertEquals(62, roster.list().size());
            Map<String, String> expected = saved(ctx, one);
            assertTrue(expected.values().stream().anyMatch(v -> v.contains("陈静")), () -> "people in the snapshot: " + expected);
            for (long id : List.of(batched.get(0), batched.get(49), batched.get(59))) {
                assertEquals(expected, saved(ctx, id), "unit " + id);
                assertEquals(details(entryFor(ctx, one)), details(entryFor(ctx, id)), "audit details of " + id);
            }
            var verification = ctx.database().fromTransaction(s -> ctx.audit().verify(s));
            assertTrue(verification.intact());
            assertEquals(before + 62, verification.entries());

            // a batch-written unit is edited like any other: its version and people load as saved
            UnitDraft edit = roster.draft(batched.get(59)).orElseThrow();
            assertEquals(2, edit.people.size());
            edit.phone = "13800000009";
            assertTrue(roster.save(edit).saved());
        }
    }

    @Test
    void aRolledBackTransactionLeavesNoBatchWrittenRow() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            RosterService roster = ctx.roster();
            assertTrue(roster.save(TestWorkspace.unit("已在名单上的单位", "")).saved());
            long entries = ctx.database().fromTransaction(s -> ctx.audit().verify(s)).entries();
            assertThrows(IllegalStateException.class, () -> ctx.database().fromTransaction(s -> {
                var chain = roster.auditChain(s);
                s.doWork(c -> {
                    try (RosterInserts inserts = roster.inserts(s, c, chain, 50)) {
                        for (int i = 0; i < 120; i++) { // two batches sent to the database before the failure
                            inserts.add(draft("新乡第" + i + "有限公司", i), AuditAction.IMPORT);
                        }
                    }
                });
                throw new IllegalStateException("the import was cancelled");
            }));
            assertEquals(1, roster.list().size());
            var verification = ctx.database().fromTransaction(s -> ctx.audit().verify(s));
            assertTrue(verification.intact());
            assertEquals(entries, verification.entries());
            assertTrue(roster.save(TestWorkspace.unit("取消之后的单位", "")).saved(), "the data stays writable");
        }
    }
}
