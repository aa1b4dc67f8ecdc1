package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.persistence.BackupCounts;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.PortableRestore;
import org.secretariat.persistence.PostgresqlTestServer;
import org.secretariat.persistence.Settings;
import org.secretariat.persistence.TargetNotEmptyException;

/**
 * The portable export and the move to the office server and back (issue 17 point 4, decision 0020), end
 * to end through the commands on the sample roster with a certificate and audit entries. Runs with
 * {@code -Dsecretariat.test.postgresql=…} only.
 */
class DatabaseMoveTest {

    @TempDir
    Path data;

    @TempDir
    Path work;

    @RegisterExtension
    final PostgresqlTestServer server = new PostgresqlTestServer();

    private void fillFolder(Path folder) {
        CliRun setup = CliRun.in(folder, "setup", "--charter", "xinxiang-cbec");
        assertEquals(0, setup.code(), setup.err());
        CliRun imported = CliRun.in(folder, "roster", "import", CliRun.SAMPLE);
        assertEquals(0, imported.code(), imported.err());
        CliRun issued = CliRun.in(folder, "certificates", "issue", "--all", "--out", work.resolve("certs").toString());
        assertEquals(0, issued.code(), issued.err());
    }

    @Test
    void theFolderMovesToTheServerAndBackWithEveryRowIdentical() throws Exception {
        fillFolder(data);
        Path fromH2 = work.resolve("h2.zip");
        CliRun export = CliRun.in(data, "database", "export", fromH2.toString());
        assertEquals(0, export.code(), export.err());
        assertTrue(export.out().contains("10 个会员单位"), export.out());

        CliRun move = CliRun.in(data, "database", "move-to-server", server.target().toString());
        assertEquals(0, move.code(), move.err());
        assertTrue(move.out().contains("已把数据目录") && move.out().contains("10 个会员单位"), move.out());
        assertEquals(server.target().address(), Settings.load(data).get(Settings.SERVER, ""), "the folder now means the server");
        assertFalse(Files.exists(data.resolve("secretariat.mv.db")), "the H2 file is out of the folder");

        CliRun audit = CliRun.in(data, "audit", "verify"); // no --database: the folder's setting opens the server
        assertEquals(0, audit.code(), audit.err() + audit.out());
        CliRun list = CliRun.in(data, "roster", "list");
        assertTrue(list.out().contains("新乡学院"), list.out());
        try (var c = PostgresqlTestServer.connect(server.target()); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from certificate")) {
            r.next();
            assertTrue(r.getLong(1) > 0, "the certificates are on the server");
        }

        CliRun backup = CliRun.in(data, "backup", "create"); // on the server: the portable export into backups/
        assertEquals(0, backup.code(), backup.err());
        assertTrue(backup.out().contains("10 个会员单位"), backup.out());
        CliRun backups = CliRun.in(data, "backup", "list");
        assertEquals(0, backups.code(), backups.err());
        Path newest = org.secretariat.persistence.Backups.list(data.resolve("backups")).get(0);
        assertTrue(org.secretariat.persistence.PortableExport.isExport(newest), newest.toString());
        assertTrue(backup.out().contains(newest.toString()), backup.out());
        assertTrue(backups.out().lines().anyMatch(l -> l.endsWith(newest.toString()) && l.contains("\t10\t")),
                "listed with its counts: " + backups.out());

        Path fromServer = work.resolve("server.zip");
        Path before = work.resolve("before-import.zip");
        assertEquals(0, CliRun.in(data, "database", "export", before.toString()).code());
        assertEquals(tables(fromH2), tables(before), "the same rows, value for value, on PostgreSQL");
        importOneMore(data, "迁移后的学院");
        assertTrue(CliRun.in(data, "roster", "list").out().contains("迁移后的学院"));
        assertEquals(0, CliRun.in(data, "database", "export", fromServer.toString()).code());


        CliRun back = CliRun.in(data, "database", "move-to-folder");
        assertEquals(0, back.code(), back.err());
        assertEquals("", Settings.load(data).get(Settings.SERVER, ""), "the folder means its own H2 file again");
        Path again = work.resolve("again.zip");
        assertEquals(0, CliRun.in(data, "database", "export", again.toString()).code());
        assertEquals(tables(fromServer), tables(again), "the same rows after the way back");
        assertEquals(0, CliRun.in(data, "audit", "verify").code());

        importOneMore(data, "迁回后的学院");
        assertTrue(CliRun.in(data, "roster", "list").out().contains("迁回后的学院"));
    }

    /** A unit imported after a move: its id comes from the moved sequences, above every row moved. */
    private void importOneMore(Path folder, String name) throws IOException {
        List<String> sample = Files.readAllLines(Path.of(CliRun.SAMPLE), StandardCharsets.UTF_8);
        String row = sample.get(2).replace("河南科技学院", name).replace("124100004157581263", "");
        Path csv = work.resolve(name + ".csv");
        Files.write(csv, List.of(sample.get(0), row), StandardCharsets.UTF_8);
        CliRun more = CliRun.in(folder, "roster", "import", csv.toString());
        assertEquals(0, more.code(), more.err());
        CliRun issued = CliRun.in(folder, "certificates", "issue", "--unit", name, "--out", work.resolve(name).toString());
        assertEquals(0, issued.code(), issued.err()); // a certificate row: an identity column moved past the rows
    }

    @Test
    void aTargetThatHoldsDataIsRefusedInWordsWithExit2() throws Exception {
        fillFolder(data);
        CliRun other = CliRun.in(work.resolve("other"), "--database", server.target().toString(), "setup", "--charter",
                "xinxiang-cbec");
        assertEquals(0, other.code(), other.err());
        CliRun move = CliRun.in(data, "database", "move-to-server", server.target().toString());
        assertEquals(2, move.code(), move.err());
        assertTrue(move.err().startsWith("目标数据库 " + server.target() + " 不是空的"), move.err());
        assertEquals("", Settings.load(data).get(Settings.SERVER, ""), "the folder still means its H2 file");
        assertTrue(Files.exists(data.resolve("secretariat.mv.db")));
        CliRun list = CliRun.in(data, "roster", "list");
        assertTrue(list.out().contains("新乡学院"), list.out());
    }

    @Test
    void aFailureMidRestoreLeavesTheTargetEmpty() throws Exception {
        fillFolder(data);
        Path good = work.resolve("good.zip");
        assertEquals(0, CliRun.in(data, "database", "export", good.toString()).code());
        Path damaged = work.resolve("damaged.zip");
        damageLastRowOf(good, damaged, "tables/audit_entry.tsv");
        try (Database db = Database.open(work.resolve("folder"), server.target(), PostgresqlTestServer.password(), "test")) {
            long holidays = db.withConnection(c -> count(c, "holiday"));
            assertThrows(Exception.class, () -> PortableRestore.restore(damaged, db, (done, total) -> { }));
            assertEquals(new BackupCounts(0, 0, 0, 0, 0), db.counts(), "nothing of the export stayed");
            assertEquals((Long) holidays, db.<Long>withConnection(c -> count(c, "holiday")), "Flyway's own rows are back");
            PortableRestore.restore(good, db, (done, total) -> { });
            assertEquals(10, db.counts().units(), "the same target takes the good export afterwards");
            assertThrows(TargetNotEmptyException.class, () -> PortableRestore.restore(good, db, (done, total) -> { }));
        }
    }

    private static long count(java.sql.Connection c, String table) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Every table file of an export, by name. */
    static Map<String, String> tables(Path zip) throws IOException {
        Map<String, String> found = new TreeMap<>();
        try (ZipFile f = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> e = f.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (entry.getName().startsWith("tables/")) {
                    found.put(entry.getName(), new String(f.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(found.containsKey("tables/member_unit.tsv"), found.keySet().toString());
        return found;
    }

    /** A copy of an export whose table {@code entryName} ends with its first row again: the database refuses the key. */
    private static void damageLastRowOf(Path zip, Path copy, String entryName) throws IOException {
        try (ZipFile f = new ZipFile(zip.toFile()); OutputStream raw = Files.newOutputStream(copy);
             ZipOutputStream out = new ZipOutputStream(raw)) {
            for (Enumeration<? extends ZipEntry> e = f.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] bytes = f.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(entryName)) {
                    List<String> lines = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n")));
                    lines.set(lines.size() - 1, lines.get(1)); // the first row again: its key is taken
                    bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
