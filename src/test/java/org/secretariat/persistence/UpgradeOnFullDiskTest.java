package org.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.fixtures.FixtureData;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

/**
 * The disk fills up in the middle of an upgrade (decision 0023): the upgrade fails, and once there is
 * room again the folder opens, upgrades and holds every record of the oldest fixture. The disk is
 * made full at points spread over everything the upgrade writes, so some fall inside a migration of
 * several statements: before the upgrade worked on a copy, those left half a migration in the file
 * and Flyway's history saying it failed, and the folder never opened again.
 */
@H2Only("the H2 file on a full disk")
class UpgradeOnFullDiskTest {

    private static final int POINTS = 24;

    @TempDir
    Path dir;

    @AfterEach
    void lift() {
        QuotaFileSystem.uninstall();
    }

    @Test
    void anUpgradeStoppedByAFullDiskLeavesAFolderThatUpgradesLater() throws Exception {
        long whole = bytesAnUpgradeWrites();
        int failed = 0;
        for (int point = 0; point < POINTS; point++) {
            long budget = whole * point / POINTS;
            Path data = FixtureData.oldestFixtureIn(dir.resolve("data-" + point));
            QuotaFileSystem.install();
            QuotaFileSystem.limit(budget);
            try (AppContext ctx = AppContext.open(data, "upgrade on a full disk", TestWorkspace.CLOCK)) {
                assertTrue(budget > 0, "nothing can be written, yet it opened");
            } catch (Exception | AssertionError e) {
                failed++;
            }
            QuotaFileSystem.uninstall();
            try (AppContext ctx = AppContext.open(data, "with room again", TestWorkspace.CLOCK)) {
                FixtureData.check(ctx);
                long applied = FixtureData.appliedMigrations(ctx);
                assertEquals(MigrationScripts.forEngine(SchemaVersion.H2).size(), applied,
                        "disk full after " + budget + " of " + whole + " bytes: every migration applied once");
            }
            assertFalse(Files.exists(data.resolve(MigrationOnCopy.COPY_NAME + ".mv.db")), "the stopped upgrade's copy is gone");
        }
        assertTrue(failed >= POINTS / 2, failed + " of " + POINTS + " upgrades were stopped by the full disk");
    }

    /** What opening (upgrading) the fixture writes, in bytes. */
    private long bytesAnUpgradeWrites() throws Exception {
        Path data = FixtureData.oldestFixtureIn(dir.resolve("measured"));
        QuotaFileSystem.install();
        long budget = 1L << 40;
        QuotaFileSystem.limit(budget);
        try (AppContext ctx = AppContext.open(data, "measured upgrade", TestWorkspace.CLOCK)) {
            return budget - QuotaFileSystem.left();
        } finally {
            QuotaFileSystem.uninstall();
        }
    }
}
