package org.secretariat.service.safety;

import org.secretariat.service.AppContext;
import org.secretariat.service.SetupService;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.persistence.Backups;
import org.secretariat.persistence.Settings;

/** Backups of an open data folder: verified, named for their time, copied, rotated, taken by themselves. */
@org.secretariat.persistence.H2Only("BACKUP TO and its zip files")
class BackupServiceTest {

    @TempDir
    Path dir;

    /** A clock the test moves forward. */
    static final class MovingClock extends Clock {
        private Instant now = TestWorkspace.CLOCK.instant();

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return TestWorkspace.CLOCK.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static void addUnits(AppContext ctx, String... names) {
        for (String n : names) {
            UnitDraft d = TestWorkspace.unit(n, "");
            d.people.add(new PersonDraft("王建国", "院长", "代表", LocalDate.of(2024, 1, 1), null, "", ""));
            assertTrue(ctx.roster().save(d).saved());
        }
    }

    private List<String> backupNames() throws Exception {
        return Backups.list(dir.resolve("backups")).stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void aBackupHoldsWhatTheDataHoldsAndIsNamedForItsTime() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            addUnits(ctx, "新乡学院", "河南科技学院");
            BackupService.Result r = ctx.backups().backupNow();
            assertEquals(dir.resolve("backups/secretariat-20261121-100000.zip"), r.file());
            assertEquals(ctx.database().counts(), r.summary().counts());
            assertEquals(2, r.summary().counts().units());
            assertEquals(2, r.summary().counts().people());
            assertEquals(List.of(), r.warnings());
            var preview = BackupService.preview(r.file());
            assertEquals(r.summary().counts(), preview.counts());
            assertEquals(LocalDate.of(2026, 11, 21), preview.takenAt().toLocalDate());
            assertEquals(LocalDate.of(2026, 11, 21), preview.lastChange().toLocalDate());
            assertEquals("secretariat-20261121-100000-2.zip", ctx.backups().backupNow().file().getFileName().toString(),
                    "a second backup in the same second gets its own name");
        }
    }

    @Test
    void theDataIsBackedUpOnceADayWhenOpenAndOnExitOnlyAfterAChange() throws Exception {
        MovingClock clock = new MovingClock();
        try (AppContext ctx = AppContext.open(dir, "test", clock)) {
            assertTrue(ctx.backups().backupIfDue().isEmpty(), "an empty folder has nothing to back up");
            ctx.setUp(ctx.catalog().load("xinxiang-cbec"), SetupService.defaultsFrom(ctx.catalog().load("xinxiang-cbec")));
            addUnits(ctx, "新乡学院");
        }
        assertEquals(List.of("secretariat-20261121-100000.zip"), backupNames(), "closing after a change backs up");
        clock.advance(Duration.ofHours(2));
        try (AppContext ctx = AppContext.open(dir, "test", clock)) {
            assertEquals(1, ctx.roster().count());
            assertTrue(ctx.backups().backupIfDue().isEmpty(), "one a day");
        }
        assertEquals(1, backupNames().size(), "closing after only reading does not back up");
        clock.advance(Duration.ofDays(1));
        try (AppContext ctx = AppContext.open(dir, "test", clock)) {
            assertEquals(List.of("secretariat-20261122-120000.zip", "secretariat-20261121-100000.zip"), backupNames(),
                    "opening on a new day backs up");
            assertEquals(2, ctx.backups().list().size());
            assertTrue(ctx.backups().list().stream().allMatch(l -> l.summary() != null && l.summary().counts().units() == 1));
        }
    }

    @Test
    void aSecondFolderGetsACopyAndAMissingOneIsOnlyAWarning() throws Exception {
        Path stick = Files.createDirectories(dir.resolve("usb"));
        try (AppContext ctx = TestWorkspace.open(dir.resolve("data"), "xinxiang-cbec")) {
            addUnits(ctx, "新乡学院");
            ctx.settings().set(Settings.BACKUP_SECOND, stick.toString());
            BackupService.Result r = ctx.backups().backupNow();
            assertEquals(List.of(), r.warnings());
            assertEquals(Files.size(r.file()), Files.size(stick.resolve(r.file().getFileName())));
            ctx.settings().set(Settings.BACKUP_SECOND, dir.resolve("unplugged").toString());
            BackupService.Result again = ctx.backups().backupNow();
            assertTrue(Files.isRegularFile(again.file()));
            assertEquals(1, again.warnings().size());
            assertEquals("backup.warning.secondMissing", again.warnings().get(0).key());
        }
    }

    @Test
    void oldBackupsAreRotatedOutAfterEachBackup() throws Exception {
        try (AppContext ctx = TestWorkspace.open(dir, "xinxiang-cbec")) {
            addUnits(ctx, "新乡学院");
            Path first = ctx.backups().backupNow().file();
            for (String old : List.of("secretariat-20261119-090000.zip", "secretariat-20261119-170000.zip",
                    "secretariat-20240101-120000.zip")) {
                Files.copy(first, first.resolveSibling(old));
            }
            Files.writeString(first.resolveSibling("mine.zip"), "not touched");
            ctx.backups().backupNow();
            assertEquals(List.of("secretariat-20261121-100000-2.zip", "secretariat-20261121-100000.zip",
                    "secretariat-20261119-170000.zip"), backupNames(),
                    "today keeps both; an earlier day keeps only its newest; two years ago is gone");
            assertTrue(Files.exists(first.resolveSibling("mine.zip")));
        }
    }
}
