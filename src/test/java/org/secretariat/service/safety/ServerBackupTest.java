package org.secretariat.service.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.persistence.Backups;
import org.secretariat.persistence.PortableExport;
import org.secretariat.persistence.PostgresqlTestServer;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

/**
 * Backups on the office server (issue 17 point 4, decision 0020): where H2's BACKUP TO does not exist the
 * automatic backup is the portable export, named and rotated like the H2 backups and listed with its
 * counts. Runs with {@code -Dsecretariat.test.postgresql=…} only.
 */
class ServerBackupTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final PostgresqlTestServer server = new PostgresqlTestServer();

    private AppContext open() throws Exception {
        return AppContext.open(dir, server.target(), PostgresqlTestServer.password(), "test", TestWorkspace.CLOCK);
    }

    @Test
    void theDailyBackupOnTheServerIsAPortableExportListedWithItsCounts() throws Exception {
        try (AppContext ctx = TestWorkspace.setUp(open(), "xinxiang-cbec")) {
            assertTrue(ctx.roster().save(TestWorkspace.unit("服务器上的学院", TestWorkspace.legalPersonCode())).saved());
            ctx.backups().automatically(ctx.backups()::backupIfDue);
            List<Path> files = Backups.list(ctx.backups().folder());
            assertEquals(1, files.size(), "one backup, not skipped: " + files);
            Path file = files.get(0);
            assertEquals("secretariat-20261121-100000.zip", file.getFileName().toString());
            assertTrue(PortableExport.isExport(file));
            assertEquals(ctx.database().counts(), PortableExport.read(file).counts());

            ctx.backups().automatically(ctx.backups()::backupIfDue);
            assertEquals(1, Backups.list(ctx.backups().folder()).size(), "at most one a day");

            var listed = ctx.backups().list();
            assertEquals(1, listed.size());
            assertEquals(ctx.database().counts(), listed.get(0).summary().counts(), "listed with what it holds");
        }
    }

    @Test
    void serverBackupsAreRotatedLikeTheFoldersOwn() throws Exception {
        LocalDate today = LocalDate.now(TestWorkspace.CLOCK);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(6);
        if (monday.getMonth() != monday.plusDays(1).getMonth()) {
            monday = monday.minusWeeks(1);
        }
        String older = "secretariat-" + monday.toString().replace("-", "") + "-100000.zip";
        String newer = "secretariat-" + monday.plusDays(1).toString().replace("-", "") + "-100000.zip";
        try (AppContext ctx = TestWorkspace.setUp(open(), "xinxiang-cbec")) {
            Path folder = ctx.backups().folder();
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(older), "old");
            Files.writeString(folder.resolve(newer), "old");
            ctx.backups().backupNow();
            assertFalse(Files.exists(folder.resolve(older)), "the older of two in one week, 6 weeks ago, is rotated out");
            assertTrue(Files.exists(folder.resolve(newer)), "the week's newest is kept");
        }
    }
}
