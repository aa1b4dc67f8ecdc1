package org.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.ImportService;
import org.secretariat.service.roster.UnitRow;

/**
 * What the app does with its database, asserted the same way on each engine (issue 17, decision 0017):
 * {@link H2EngineTest} runs these on the data folder's H2 file, {@link PostgresqlEngineTest} on a fresh
 * PostgreSQL database.
 */
abstract class EngineScenarios {

    @TempDir
    Path dir;

    /** Opens the data of {@link #dir} on the engine under test; again gives the same data. */
    abstract AppContext open() throws Exception;

    @Test
    void anEmptyDatabaseIsMigratedToTheCurrentSchema() throws Exception {
        try (AppContext ctx = open()) {
            List<Long> found = ctx.database().withConnection(c -> {
                try (var s = c.createStatement(); ResultSet r = s.executeQuery("select max(cast(\"version\" as int)),"
                        + " count(*), (select count(*) from holiday_year), (select count(*) from holiday)"
                        + " from \"flyway_schema_history\" where \"success\" and \"version\" is not null")) {
                    r.next();
                    return List.of(r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4));
                }
            });
            assertEquals(List.of((long) SchemaVersion.CURRENT, (long) SchemaVersion.CURRENT, 2L, 85L), found,
                    "every migration ran once, the holiday rows of V4 and V8 with them");
            assertEquals(new BackupCounts(0, 0, 0, 0, 0), ctx.database().counts());
        }
    }

    @Test
    void theSecretariatsDayWorksAndOpensAgain() throws Exception {
        List<String> names;
        try (AppContext ctx = TestWorkspace.setUp(open(), "xinxiang-cbec")) {
            assertTrue(ctx.setupService().header().isPresent(), "the organisation is set up");
            var first = ctx.roster().save(TestWorkspace.unit("新乡测试学院", TestWorkspace.legalPersonCode()));
            var second = ctx.roster().save(TestWorkspace.unit("牧野测试公司", ""));
            assertTrue(first.saved() && second.saved(), first.problems() + " " + second.problems());
            assertEquals(List.of("新乡测试学院", "牧野测试公司"), ctx.roster().list().stream().map(UnitRow::name).toList());

            var sheet = ctx.importer().read(Path.of("src/test/resources/rosters/xinxiang-sample.csv"));
            int imported = ctx.importer().commit(ctx.importer().preview(sheet, ImportService.autoMapping(sheet)));
            assertEquals(10, imported);
            names = ctx.roster().list().stream().map(UnitRow::name).toList();
            assertEquals(12, names.size());
            assertTrue(names.contains("新乡学院"), names.toString());
            assertEquals(ctx.roster().list().subList(0, 5), ctx.roster().first(5), "the window's first rows are the list's first rows");
            assertEquals(ctx.roster().list(), ctx.roster().first(50), "asked for more than there are: all of them");

            var issued = ctx.certificates().issue("member", List.of(first.id()), LocalDate.of(2026, 6, 18), false);
            assertTrue(issued.problems().isEmpty(), issued.problems().toString());
            assertEquals("KJDSLM-2026-0001", ctx.certificates().list().get(0).number());
            assertTrue(ctx.database().fromTransaction(s -> ctx.audit().verify(s)).intact(), "audit verify");
        }
        try (AppContext ctx = open()) {
            assertTrue(ctx.isSetUp(), "the charter is found again from the organisation row");
            assertEquals(names, ctx.roster().list().stream().map(UnitRow::name).toList(), "same rows, same order");
            BackupCounts counts = ctx.database().counts();
            assertEquals(12, counts.units());
            assertEquals(1, counts.certificates());
            assertTrue(ctx.database().fromTransaction(s -> ctx.audit().verify(s)).intact(), "audit verify after reopening");
            var more = ctx.roster().save(TestWorkspace.unit("再开后的单位", ""));
            assertTrue(more.saved(), more.problems().toString());
            assertTrue(more.id() > ctx.roster().list().stream().filter(u -> !u.name().equals("再开后的单位"))
                    .mapToLong(UnitRow::id).max().orElseThrow(), "the id sequence goes on above the rows there");
        }
    }

    @Test
    void picturesAndAmendedChartersKeepEveryByteAndCharacter() throws Exception {
        byte[] logo = new byte[70_000];
        new java.util.Random(17).nextBytes(logo);
        String text = "第一条 本会名称为新乡市跨境电商联盟。\n".repeat(4_000); // over 100 000 characters, with line breaks
        try (AppContext ctx = open()) {
            ctx.database().inTransaction(s -> {
                var t = new org.secretariat.domain.CertificateTemplate("member");
                t.setTitle("会员证书");
                t.setBody("兹有{unit}为{org}会员单位。");
                t.setIssuer("秘书处");
                t.setNumberPattern("{org}-{year}-{seq:0000}");
                t.setOrgCode("KJDSLM");
                t.setLogoPng(logo);
                s.persist(t);
                s.createNativeMutationQuery("insert into member_case (procedure_id, kind, unit_name, opened_on, status)"
                        + " values ('amendment', 'AMENDMENT', '', date '2026-06-18', 'OPEN')").executeUpdate();
                long caseId = ((Number) s.createNativeQuery("select max(id) from member_case", Object.class)
                        .getSingleResult()).longValue();
                s.persist(new org.secretariat.domain.CharterVersion("xinxiang-cbec", caseId, "修正案", text,
                        LocalDate.of(2026, 6, 18)));
            });
        }
        try (AppContext ctx = open()) {
            var t = ctx.database().fromTransaction(s -> s.get(org.secretariat.domain.CertificateTemplate.class, "member"));
            org.junit.jupiter.api.Assertions.assertArrayEquals(logo, t.getLogoPng());
            assertEquals(null, t.getSealPng());
            String read = ctx.database().withConnection(c -> {
                try (var s = c.createStatement(); ResultSet r = s.executeQuery("select profile_text from charter_version")) {
                    r.next();
                    return r.getString(1); // as CharterHistory reads it, without Hibernate
                }
            });
            assertEquals(text, read);
            assertEquals(text, ctx.database().fromTransaction(s -> s.createSelectionQuery(
                    "from CharterVersion", org.secretariat.domain.CharterVersion.class).getSingleResult().getProfileText()));
        }
    }
}
