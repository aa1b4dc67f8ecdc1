package org.secretariat.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.exchange.Sheet;
import org.secretariat.persistence.BackupArchive;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.service.AppContext;
import org.secretariat.service.roster.ImportPreview;
import org.secretariat.service.roster.ImportService;
import org.secretariat.service.safety.PasswordChange;
import org.secretariat.service.Progress;
import org.secretariat.service.TestWorkspace;

/**
 * The file as a crash would leave it, taken after every commit: while the app holds its data open, the
 * database file is copied (what a killed process leaves is exactly what it had written) and the copy
 * is opened on its own. Every copy holds every import committed before it. Imports of random sizes
 * with H2's retention time at 0 make H2 reuse freed space from the start, as in a window open all day;
 * this is where H2 2.5.252 wrote its store header pointing at the chunk before the one it had just
 * placed, so that a crash then lost the last commits (README, Crash safety).
 */
@org.secretariat.persistence.H2Only("the H2 file's committed state")
class CommitSnapshotTest {

    private static final int COMMITS = Integer.getInteger("snapshot.commits", 60);
    private static final long SEED = Long.getLong("snapshot.seed", 20261121L);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "encrypted: {0}")
    @ValueSource(booleans = {false, true})
    void aCopyOfTheFileAfterEachCommitHoldsEveryCommittedImport(boolean encrypted) throws Exception {
        Path data = dir.resolve("data");
        TestWorkspace.open(data, "xinxiang-cbec").close();
        DatabaseKey key = DatabaseKey.NONE;
        if (encrypted) {
            key = DatabaseKey.fromPassword("快照 测试".toCharArray());
            PasswordChange.change(data, DatabaseKey.NONE, key, TestWorkspace.CLOCK, Progress.NONE);
        }
        Random random = new Random(SEED);
        try (AppContext ctx = AppContext.open(data, "snapshot test", key, TestWorkspace.CLOCK)) {
            ImportWorker.setRetentionTime(ctx, 0);
            String tier = ctx.charter().orElseThrow().entryTier().name();
            long units = ctx.database().counts().units();
            for (int batch = 1; batch <= COMMITS; batch++) {
                int rows = 1 + random.nextInt(random.nextBoolean() ? 20 : 400);
                Sheet sheet = ImportWorker.sheet(batch, tier, rows);
                ImportPreview preview = ctx.importer().preview(sheet, ImportService.autoMapping(sheet));
                ctx.importer().commit(preview);
                units += rows;
                assertCopyHolds(data, key, batch, units);
            }
        }
    }

    /** Copies the database file, opens the copy alone and counts its units; a copy that falls short is kept. */
    private void assertCopyHolds(Path data, DatabaseKey key, int batch, long units) throws Exception {
        Path copy = dir.resolve("copy-" + batch);
        Files.createDirectories(copy);
        Files.copy(data.resolve(BackupArchive.ENTRY), copy.resolve(BackupArchive.ENTRY));
        Path kept = Path.of("target", "snapshot-failure", "copy-" + batch + (key.isSet() ? "-encrypted" : ""));
        Files.createDirectories(kept);
        Files.copy(copy.resolve(BackupArchive.ENTRY), kept.resolve(BackupArchive.ENTRY), StandardCopyOption.REPLACE_EXISTING);
        long found;
        try (Database db = Database.open(copy, "snapshot check", key)) {
            found = db.counts().units();
        }
        assertEquals(units, found, "units in a copy of the file taken after import " + batch + " (seed " + SEED
                + "; the copy as taken is kept in " + kept + ")");
        deleteTree(kept);
        deleteTree(copy);
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
