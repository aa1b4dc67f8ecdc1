package org.secretariat.service.roster;

import org.secretariat.service.AppContext;
import org.secretariat.service.AuditTrail;
import org.secretariat.service.TestWorkspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.AuditEntry;
import org.secretariat.domain.UnitType;

class RosterServiceTest {

    @TempDir
    Path dir;

    @Test
    void savedUnitIsListedWithItsTierNameAndFoundByPinyinInitials() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            UnitDraft d = TestWorkspace.unit("新乡学院", "12410700MB1957204F");
            d.unitType = UnitType.UNIVERSITY;
            d.tierId = "council-unit";
            d.contactName = "李明";
            d.people.add(new PersonDraft("王建国", "院长", "理事", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31),
                    "13800138000", ""));
            var result = ctx.roster().save(d);
            assertTrue(result.saved(), result.problems().toString());
            UnitRow row = ctx.roster().list().get(0);
            assertEquals("理事单位", row.tierName());
            assertTrue(row.matches("xxxy"));
            assertTrue(row.matches("XXXY"));
            assertTrue(row.matches("lm"), "contact name initials");
            assertTrue(row.matches("wjg"), "people's initials");
            assertTrue(row.matches("1957204"), "credit code fragment");
            assertFalse(row.matches("hnkj"));
        }
    }

    /** The window shows the first rows while it reads the rest: they are the list's own, people and all. */
    @Test
    void theFirstRowsAreTheListsFirstRowsWithTheirPeople() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            for (int i = 1; i <= 4; i++) {
                UnitDraft d = TestWorkspace.unit("第" + i + "单位", "");
                for (int k = 0; k < i; k++) {
                    d.people.add(new PersonDraft("代表" + i + "之" + k, "院长", "理事", LocalDate.of(2024, 1, 1),
                            LocalDate.of(2026, 12, 31), "13800138000", ""));
                }
                var saved = ctx.roster().save(d);
                assertTrue(saved.saved(), saved.problems().toString());
            }
            List<UnitRow> all = ctx.roster().list();
            List<UnitRow> first = ctx.roster().first(3);
            assertEquals(all.subList(0, 3), first);
            assertEquals("代表3之0、代表3之1、代表3之2", first.get(2).peopleNames(), "the third unit's people, none of the fourth's");
        }
    }

    @Test
    void duplicateNameOrCreditCodeIsRefusedAndNothingIsWritten() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            assertTrue(ctx.roster().save(TestWorkspace.unit("新乡学院", "12410700MB1957204F")).saved());
            var sameName = ctx.roster().save(TestWorkspace.unit("新乡学院", ""));
            assertFalse(sameName.saved());
            assertEquals("rule.name.duplicate", sameName.problems().get(0).message().key());
            var sameCode = ctx.roster().save(TestWorkspace.unit("另一个单位", "12410700mb1957204f"));
            assertFalse(sameCode.saved());
            assertEquals("creditCode", sameCode.problems().get(0).field());
            assertEquals(1, ctx.roster().count());
        }
    }

    @Test
    void badCheckCharacterIsAWarningTheUserMayConfirm() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            UnitDraft d = TestWorkspace.unit("试点单位", "91350100M000100Y44");
            var refused = ctx.roster().save(d);
            assertFalse(refused.saved());
            assertEquals(FieldProblem.Severity.WARNING, refused.problems().get(0).severity());
            d.creditCodeConfirmed = true;
            assertTrue(ctx.roster().save(d).saved());
            assertTrue(ctx.roster().draft(ctx.roster().list().get(0).id()).orElseThrow().creditCodeConfirmed);
        }
    }

    @Test
    void malformedCodeBadPhoneAndUnknownTierAreErrors() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            UnitDraft d = TestWorkspace.unit("单位", "123");
            d.phone = "12345";
            d.email = "not-an-email";
            d.tierId = "gold";
            List<String> fields = ctx.roster().save(d).problems().stream().map(FieldProblem::field).toList();
            assertEquals(List.of("creditCode", "tier", "phone", "email"), fields);
        }
    }

    @Test
    void everyChangeIsInTheAuditTrailWithWhoWhenAndWhat() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            ctx.roster().save(TestWorkspace.unit("新乡学院", ""));
            long id = ctx.roster().list().get(0).id();
            UnitDraft d = ctx.roster().draft(id).orElseThrow();
            d.phone = "0373-3682000";
            assertTrue(ctx.roster().save(d).saved());
            List<AuditEntry> history = ctx.roster().history(id);
            assertEquals(List.of("UPDATE", "CREATE"), history.stream().map(AuditEntry::getAction).toList());
            AuditEntry update = history.get(0);
            assertEquals("phone" + AuditTrail.SEP + AuditTrail.SEP + "0373-3682000\n", update.getDetails());
            assertEquals(ctx.settings().operator(), update.getActor());
            assertEquals(2026, update.getAt().getYear());
            assertTrue(ctx.database().fromTransaction(s -> ctx.audit().firstBrokenLink(s)).isEmpty());
        }
    }

    @Test
    void aQuietEditOfTheAuditTrailBreaksTheChain() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            ctx.roster().save(TestWorkspace.unit("甲单位", ""));
            ctx.roster().save(TestWorkspace.unit("乙单位", ""));
            ctx.database().inTransaction(s -> s.createNativeMutationQuery(
                    "update audit_entry set actor = 'someone else' where seq = 2").executeUpdate());
            assertEquals(2L, ctx.database().fromTransaction(s -> ctx.audit().firstBrokenLink(s)).orElseThrow());
        }
    }

    @Test
    void recordsSurviveClosingAndReopeningTheDataFolder() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "cerra")) {
            UnitDraft d = TestWorkspace.unit("中华思源工程扶贫基金会", "");
            d.tierId = ctx.charter().orElseThrow().entryTier().id();
            assertTrue(ctx.roster().save(d).saved());
        }
        try (AppContext again = TestWorkspace.openData(dir, TestWorkspace.CLOCK)) {
            assertEquals("cerra", again.charter().orElseThrow().id());
            assertEquals("中华思源工程扶贫基金会", again.roster().list().get(0).name());
        }
    }
}
