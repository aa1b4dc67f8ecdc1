package org.secretariat.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.persistence.BackupArchive;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.service.AppContext;
import org.secretariat.service.safety.PasswordChange;
import org.secretariat.service.Progress;
import org.secretariat.service.TestWorkspace;

/**
 * Kills a process that is importing rosters (SIGKILL, no chance to clean up) at random moments and
 * reopens its data folder: every import it reported committed is there in full, and no import is
 * there in part. {@code -Dcrash.kills=N} sets the number of kills (6 by default; the {@code crash}
 * Maven profile runs 1000). A fresh data folder is started every 3 kills ({@code -Dcrash.perFolder})
 * so the roster stays small; every other one is encrypted ({@code -Dcrash.encrypted}).
 */
@org.secretariat.persistence.H2Only("the H2 file after a killed process")
class CrashSafetyTest {

    private static final int KILLS = Integer.getInteger("crash.kills", 6);
    private static final int MAX_DELAY_MS = Integer.getInteger("crash.maxDelayMs", 1500);
    /** Kills per data folder. */
    private static final int PER_FOLDER = Integer.getInteger("crash.perFolder", 3);
    /**
     * Which folders are encrypted with a password first (H2 CIPHER=AES): {@code true} (the default) every
     * other one, {@code all} each one, {@code false} none.
     */
    private static final String ENCRYPTED = System.getProperty("crash.encrypted", "true");
    private static final String PASSWORD = "崩溃 测试";
    /**
     * H2's retention time in the worker (ms): H2 reuses the space of a chunk that is no longer used only
     * once the chunk is older than this (45 s by default), so a fresh folder would not reuse space for
     * its first 45 seconds while the window does so all day. 0 makes every folder behave like that
     * window from its first import. -1 keeps H2's default.
     */
    private static final int RETENTION_MS = Integer.getInteger("crash.retentionMs", 0);

    @TempDir
    Path dir;

    private record Round(List<String> lines, boolean killedDuringImport) {
    }

    @Test
    void everyCommittedImportSurvivesAKillAndNoImportIsHalfThere() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        int duringImport = 0;
        int committedTotal = 0;
        long start = System.nanoTime();
        Path data = null;
        DatabaseKey key = DatabaseKey.NONE;
        int encryptedKills = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            if (kill % PER_FOLDER == 0) {
                data = dir.resolve("data-" + kill);
                TestWorkspace.open(data, "xinxiang-cbec").close();
                key = DatabaseKey.NONE;
                if (encrypts(kill / PER_FOLDER)) {
                    key = DatabaseKey.fromPassword(PASSWORD.toCharArray());
                    PasswordChange.change(data, DatabaseKey.NONE, key, TestWorkspace.CLOCK, Progress.NONE);
                }
            }
            if (key.isSet()) {
                encryptedKills++;
            }
            Round round = killWorker(data, (kill + 1) * 10_000, random, key.isSet() ? PASSWORD : null);
            if (round.killedDuringImport()) {
                duringImport++;
            }
            Set<Integer> committed = round.lines().stream().filter(l -> l.startsWith("COMMITTED "))
                    .map(l -> Integer.parseInt(l.substring(10).strip())).collect(Collectors.toCollection(TreeSet::new));
            committedTotal += committed.size();
            // the file as the killed worker left it: opening it for the check changes it
            Path asLeft = dir.resolve("as-left-by-worker");
            Files.copy(data.resolve(BackupArchive.ENTRY), asLeft, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try {
                checkAfterKill(data, key, committed, "kill " + (kill + 1) + " of " + KILLS + " (seed " + seed + "), worker said "
                        + round.lines());
            } catch (Throwable e) { // a missing batch, or a folder that no longer opens
                keep(data, Path.of("target", "crash-failure"));
                Files.copy(asLeft, Path.of("target", "crash-failure", "secretariat.mv.db.as-left-by-worker"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                throw e;
            }
            if ((kill + 1) % 50 == 0) {
                System.out.printf("crash safety: %d of %d kills, %d imports committed, %.0f s%n", kill + 1, KILLS,
                        committedTotal, (System.nanoTime() - start) / 1e9);
            }
        }
        String result = String.format(java.util.Locale.ROOT,
                "crash safety: %d kills (%d during an import, %d on encrypted data), %d imports committed, 0 lost, %.0f s, seed %d%n",
                KILLS, duringImport, encryptedKills, committedTotal, (System.nanoTime() - start) / 1e9, seed);
        System.out.print(result);
        Files.writeString(Path.of("target", "crash-safety.txt"), result, StandardCharsets.UTF_8);
    }

    /** Whether the n-th data folder is encrypted: {@code -Dcrash.encrypted=true} every other one, {@code all} each one. */
    private static boolean encrypts(int folder) {
        return switch (ENCRYPTED) {
            case "all" -> true;
            case "true" -> folder % 2 == 1;
            default -> false;
        };
    }

    /** Keeps the data folder of a failed check for a look (the temporary folder is deleted after the test). */
    private static void keep(Path data, Path to) throws java.io.IOException {
        try (var files = Files.walk(data)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(data.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private Round killWorker(Path data, int firstBatch, Random random, String password) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Dfile.encoding=UTF-8", "-Dsecretariat.logdir=" + data.resolve("logs"), "-Dcrash.retentionMs=" + RETENTION_MS,
                "-cp", System.getProperty("java.class.path"), ImportWorker.class.getName(),
                data.toString(), String.valueOf(firstBatch), String.valueOf(random.nextLong())));
        if (password != null) {
            command.add(password);
        }
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(data.resolve("worker-stderr.txt").toFile()))
                .start();
        List<String> lines = new CopyOnWriteArrayList<>();
        Object opened = new Object();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                    synchronized (opened) {
                        opened.notifyAll();
                    }
                }
            } catch (java.io.IOException ignored) {
                // the pipe closes when the worker dies
            }
        });
        reader.start();
        // wait for 0, 1 or 2 commits, then a random moment: a slow machine still sees commits to check
        int commits = random.nextInt(3);
        String awaited = commits == 0 ? "OPEN" : "COMMITTED " + (firstBatch + commits - 1);
        long deadline = System.currentTimeMillis() + 120_000;
        synchronized (opened) {
            while (!lines.contains(awaited) && p.isAlive() && System.currentTimeMillis() < deadline) {
                opened.wait(100);
            }
        }
        if (!lines.contains(awaited)) {
            p.destroyForcibly().waitFor();
            fail("the worker did not reach " + awaited + ": " + lines + " "
                    + Files.readString(data.resolve("worker-stderr.txt"), StandardCharsets.UTF_8));
        }
        Thread.sleep(random.nextInt(MAX_DELAY_MS));
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the worker died");
        reader.join(10_000);
        if (lines.stream().anyMatch(l -> l.startsWith("REFUSED"))) {
            fail("an import was refused: " + lines);
        }
        String last = lines.get(lines.size() - 1);
        return new Round(List.copyOf(lines), last.startsWith("BEGIN"));
    }

    private static void checkAfterKill(Path data, DatabaseKey key, Set<Integer> committed, String context) throws Exception {
        try (AppContext ctx = AppContext.open(data, "crash check", key, TestWorkspace.CLOCK)) {
            List<String> names = ctx.database().fromTransaction(s ->
                    s.createSelectionQuery("select u.name from MemberUnit u", String.class).getResultList());
            Map<Integer, Integer> rowsPerBatch = new TreeMap<>();
            for (String n : names) {
                rowsPerBatch.merge(ImportWorker.batchOf(n), 1, Integer::sum);
            }
            List<String> problems = new ArrayList<>();
            rowsPerBatch.forEach((batch, rows) -> {
                if (rows != ImportWorker.ROWS) {
                    problems.add("batch " + batch + " is partly there: " + rows + " of " + ImportWorker.ROWS + " rows");
                }
            });
            for (int batch : committed) {
                if (!rowsPerBatch.containsKey(batch)) {
                    problems.add("batch " + batch + " was committed but is missing");
                }
            }
            assertEquals(List.of(), problems, context);
            assertTrue(ctx.database().fromTransaction(s -> ctx.audit().verify(s)).intact(), "audit chain after " + context);
        }
    }
}
