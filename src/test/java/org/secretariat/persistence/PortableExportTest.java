package org.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

/**
 * The portable export (decision 0020) keeps every value exactly: text with tabs, line breaks, backslashes
 * and a literal {@code \N}, a 70 000-byte picture, a 100 000-character charter, dates and timestamps —
 * exported, restored into a new database and exported again, the table files are identical, on H2 and
 * (with {@code -Dsecretariat.test.postgresql=…}) through PostgreSQL and back.
 */
class PortableExportTest {

    @TempDir
    Path dir;

    private static final String AWKWARD = "第一行\t制表符\n第二行\\反斜杠 \\N 不是空值\r\n末行";

    private void fill(AppContext ctx) {
        var d = TestWorkspace.unit("新乡测试学院", TestWorkspace.legalPersonCode());
        d.remarks = AWKWARD;
        d.address = "";
        assertTrue(ctx.roster().save(d).saved());
        byte[] logo = new byte[70_000];
        new java.util.Random(20).nextBytes(logo);
        String charter = "第一条 本会名称为新乡市跨境电商联盟。\n".repeat(4_000);
        ctx.database().inTransaction(s -> {
            var t = new org.secretariat.domain.CertificateTemplate("member");
            t.setTitle("会员证书");
            t.setBody("兹有{unit}为{org}会员单位。");
            t.setIssuer("秘书处");
            t.setNumberPattern("{org}-{year}-{seq:0000}");
            t.setOrgCode("KJDSLM");
            t.setLogoPng(logo);
            s.merge(t);
            s.createNativeMutationQuery("insert into member_case (procedure_id, kind, unit_name, opened_on, status)"
                    + " values ('amendment', 'AMENDMENT', '', date '2026-06-18', 'OPEN')").executeUpdate();
            long caseId = ((Number) s.createNativeQuery("select max(id) from member_case", Object.class)
                    .getSingleResult()).longValue();
            s.persist(new org.secretariat.domain.CharterVersion("xinxiang-cbec", caseId, "修正案", charter,
                    LocalDate.of(2026, 6, 18)));
        });
    }

    @Test
    void anExportRestoredIntoANewFolderExportsTheSameRows() throws Exception {
        Path first = dir.resolve("first.zip");
        Path second = dir.resolve("second.zip");
        try (AppContext ctx = TestWorkspace.setUp(AppContext.open(dir.resolve("a"), "test", TestWorkspace.CLOCK), "xinxiang-cbec")) {
            fill(ctx);
            PortableExport.Manifest m = PortableExport.write(ctx.database(), first, java.time.LocalDateTime.of(2026, 11, 21, 10, 0));
            assertEquals(SchemaVersion.CURRENT, m.schemaVersion());
            assertEquals(ctx.database().counts(), m.counts());
            assertTrue(m.rows().keySet().stream().noneMatch(t -> t.contains("flyway")), m.rows().keySet().toString());
        }
        try (Database db = Database.open(dir.resolve("b"), "test")) {
            PortableRestore.restore(first, db, (done, total) -> { });
            PortableExport.write(db, second, java.time.LocalDateTime.of(2026, 11, 21, 10, 1));
        }
        assertEquals(tables(first), tables(second));
        assertTrue(tables(first).get("tables/member_unit.tsv").contains(PortableValues.escape(AWKWARD)));
    }

    @Test
    void anExportGoesToPostgresqlAndBackValueForValue() throws Exception {
        Assumptions.assumeTrue(PostgresqlTestServer.configured(), "no PostgreSQL server");
        Path fromH2 = dir.resolve("h2.zip");
        Path fromServer = dir.resolve("server.zip");
        Path back = dir.resolve("back.zip");
        try (AppContext ctx = TestWorkspace.setUp(AppContext.open(dir.resolve("a"), "test", TestWorkspace.CLOCK), "xinxiang-cbec")) {
            fill(ctx);
            PortableExport.write(ctx.database(), fromH2, java.time.LocalDateTime.of(2026, 11, 21, 10, 0));
        }
        ServerTarget target = PostgresqlTestServer.createDatabase();
        try {
            try (Database db = Database.open(dir.resolve("s"), target, PostgresqlTestServer.password(), "test")) {
                PortableRestore.restore(fromH2, db, (done, total) -> { });
                PortableExport.write(db, fromServer, java.time.LocalDateTime.of(2026, 11, 21, 10, 1));
            }
        } finally {
            PostgresqlTestServer.drop(target.database());
        }
        assertEquals(tables(fromH2), tables(fromServer), "H2 → PostgreSQL");
        try (Database db = Database.open(dir.resolve("c"), "test")) {
            PortableRestore.restore(fromServer, db, (done, total) -> { });
            PortableExport.write(db, back, java.time.LocalDateTime.of(2026, 11, 21, 10, 2));
        }
        assertEquals(tables(fromServer), tables(back), "PostgreSQL → H2");
    }

    static Map<String, String> tables(Path zip) throws Exception {
        Map<String, String> found = new TreeMap<>();
        try (ZipFile f = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> e = f.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().startsWith("tables/")) {
                    found.put(entry.getName(), new String(f.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return found;
    }
}
