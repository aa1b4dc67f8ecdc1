package org.secretariat.service;

import org.secretariat.service.roster.UnitDraft;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.secretariat.charter.CharterProfile;
import org.secretariat.persistence.PostgresqlTestServer;
import org.secretariat.persistence.ServerTarget;

/**
 * Opens a real data folder (H2 file) in a temporary directory, set up with a built-in charter; on a
 * PostgreSQL database instead when {@code -Dsecretariat.test.postgresql} names a server.
 */
public final class TestWorkspace {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private TestWorkspace() {
    }

    public static AppContext open(Path dir, String charterId) throws Exception {
        return open(dir, charterId, CLOCK);
    }

    /** The same folder as the app saw it on an earlier day (a roster entered years ago). */
    public static AppContext openOn(Path dir, String charterId, java.time.LocalDate day) throws Exception {
        return open(dir, charterId, Clock.fixed(day.atTime(10, 0).atZone(CLOCK.getZone()).toInstant(), CLOCK.getZone()));
    }

    private static AppContext open(Path dir, String charterId, Clock clock) throws Exception {
        return setUp(openData(dir, clock), charterId);
    }

    /**
     * The data of {@code dir}: its H2 file, or with {@code -Dsecretariat.test.postgresql=…} a database of
     * its own on that server (the same one each time the folder is opened again), the folder keeping the
     * settings and charters (issue 17).
     */
    public static AppContext openData(Path dir, Clock clock) throws Exception {
        if (!PostgresqlTestServer.configured()) {
            return AppContext.open(dir, "test", clock);
        }
        ServerTarget server = SERVER_DATABASES.get(dir.toAbsolutePath().normalize());
        if (server == null) {
            dropThoseOfDeletedFolders();
            java.nio.file.Files.createDirectories(dir); // from now on, the folder gone means its test is over
            server = PostgresqlTestServer.createDatabase();
            SERVER_DATABASES.put(dir.toAbsolutePath().normalize(), server);
        }
        return AppContext.open(dir, server, PostgresqlTestServer.password(), "test", clock);
    }

    /** Whether TestWorkspace opens its folders' data on PostgreSQL (tests of H2's own features skip then). */
    public static boolean onPostgresql() {
        return PostgresqlTestServer.configured();
    }

    /**
     * How a command names the data of {@code dir}: {@code --data-dir dir}, and {@code --database …} when
     * {@link #openData} put that folder's data on the test server, so that a command sees what the
     * test's services wrote.
     */
    public static java.util.List<String> cliDataArgs(Path dir) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--data-dir", dir.toString()));
        ServerTarget server = SERVER_DATABASES.get(dir.toAbsolutePath().normalize());
        if (server != null) {
            args.addAll(java.util.List.of("--database", server.toString()));
        }
        return args;
    }

    private static final java.util.Map<Path, ServerTarget> SERVER_DATABASES = new java.util.concurrent.ConcurrentHashMap<>();

    /** One thread, in the background: each drop makes the server take a checkpoint, so they go one by one. */
    private static final java.util.concurrent.ExecutorService DROPPER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "drop-test-databases-early");
        t.setDaemon(true);
        return t;
    });

    /**
     * Drops the databases of folders that are gone (JUnit deletes a {@code @TempDir} once its test is over),
     * while the suite goes on: left to the JVM's exit, some hundred drops took longer than the 30 s Surefire
     * waits for a forked JVM to end, which then killed it with databases left on the server.
     */
    private static void dropThoseOfDeletedFolders() {
        for (Path folder : java.util.List.copyOf(SERVER_DATABASES.keySet())) {
            if (!java.nio.file.Files.exists(folder)) {
                ServerTarget gone = SERVER_DATABASES.remove(folder);
                if (gone != null) {
                    DROPPER.execute(() -> {
                        try {
                            PostgresqlTestServer.drop(gone.database());
                        } catch (java.sql.SQLException e) {
                            // still left to the JVM's exit
                        }
                    });
                }
            }
        }
    }

    /** Sets the data up with a built-in charter unless it is already. */
    public static AppContext setUp(AppContext ctx, String charterId) throws Exception {
        if (!ctx.isSetUp()) {
            CharterProfile profile = ctx.catalog().load(charterId);
            var problems = ctx.setUp(profile, SetupService.defaultsFrom(profile));
            if (!problems.isEmpty()) {
                throw new IllegalStateException(problems.toString());
            }
        }
        return ctx;
    }

    private static final java.util.concurrent.atomic.AtomicInteger CODES = new java.util.concurrent.atomic.AtomicInteger();

    /** A valid credit code of a 事业单位 (12…, a legal person), different at every call. */
    public static String legalPersonCode() {
        return code("12131100MB", CODES.incrementAndGet());
    }

    /** A valid credit code: {@code prefix} (10 characters) and {@code n}, with its check character. */
    public static String code(String prefix, int n) {
        String first17 = prefix + String.format("%07d", n);
        return first17 + org.secretariat.domain.CreditCode.checkCharacter(first17);
    }

    public static UnitDraft unit(String name, String creditCode) {
        UnitDraft d = new UnitDraft();
        d.name = name;
        d.creditCode = creditCode;
        d.tierId = "member";
        return d;
    }
}
