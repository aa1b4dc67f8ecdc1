package org.secretariat.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.persistence.PasswordException;
import org.secretariat.service.AppContext;
import org.secretariat.service.Progress;

/**
 * The window's hold on its data folder: opens it (asking for the password when the database is
 * encrypted), and closes it for work that needs the folder closed (restoring a backup, changing the
 * password), reopening it afterwards with the key that work leaves it under, or the old key if the
 * work failed.
 */
public final class DataSession {

    /** Work on the closed folder; returns the key the folder is under afterwards. */
    public interface ClosedWork {
        DatabaseKey run(Path dataDir, DatabaseKey current, Progress progress) throws Exception;
    }

    private final Path dataDir;
    private final Clock clock;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Consumer<AppContext> onOpened;
    private final Consumer<Throwable> onCannotOpen;
    private volatile AppContext context;
    private volatile String backupTitle = "";
    private DatabaseKey key = DatabaseKey.NONE;
    private java.util.concurrent.ScheduledExecutorService timer;
    private final java.util.concurrent.atomic.AtomicInteger dailyChecks = new java.util.concurrent.atomic.AtomicInteger();

    public DataSession(Path dataDir, Clock clock, TaskExecutor executor, DialogService dialogs,
                       Consumer<AppContext> onOpened, Consumer<Throwable> onCannotOpen) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.executor = executor;
        this.dialogs = dialogs;
        this.onOpened = onOpened;
        this.onCannotOpen = onCannotOpen;
    }

    /** The data is open in the window already (tests build the context themselves). */
    public void adopt(AppContext ctx) {
        this.context = ctx;
        this.key = ctx.database().key();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The app's clock, which the folder is opened with and work on the closed folder dates by. */
    public Clock clock() {
        return clock;
    }

    /** Whether the open data is encrypted. */
    public boolean encrypted() {
        return key.isSet();
    }

    public DatabaseKey key() {
        return key;
    }

    /** The office server the folder means, once opened there; null for the folder's H2 file. */
    private org.secretariat.persistence.ServerTarget server;
    /** The server password typed this session, for reopening; in memory only. */
    private String serverPassword;

    /** Opens the folder in the background; an encrypted one first asks for its password. */
    public void open(String title, String passwordTitle, String passwordMessage, String wrongPassword) {
        java.util.Optional<org.secretariat.persistence.ServerTarget> named;
        try {
            named = ServerLogin.of(dataDir);
        } catch (java.io.IOException | RuntimeException e) {
            onCannotOpen.accept(e);
            return;
        }
        if (named.isPresent()) {
            openServer(title, named.get(), ServerLogin.known(named.get()), false);
            return;
        }
        var early = EarlyOpen.take(dataDir);
        if (early.isPresent()) {
            executor.execute(BackgroundTask.of(title, p -> early.get().get())
                    .onSuccess(this::opened)
                    .onFailure(error -> failedToOpen(error, title, passwordTitle, passwordMessage, wrongPassword)));
            return;
        }
        boolean encrypted;
        try {
            encrypted = DatabaseKey.folderIsEncrypted(dataDir);
        } catch (java.io.IOException e) {
            encrypted = false; // opening says what is wrong
        }
        openWith(title, encrypted, null, passwordTitle, passwordMessage, wrongPassword);
    }

    private void openWith(String title, boolean ask, String problem, String passwordTitle, String passwordMessage,
                          String wrongPassword) {
        DatabaseKey candidate = DatabaseKey.NONE;
        if (ask) {
            var typed = dialogs.askPassword(passwordTitle, passwordMessage, problem);
            if (typed.isEmpty()) {
                onCannotOpen.accept(null);
                return;
            }
            candidate = DatabaseKey.fromPassword(typed.get());
        }
        DatabaseKey tried = candidate;
        executor.execute(BackgroundTask.of(title, p -> AppContext.open(dataDir, org.secretariat.persistence.Database.WINDOW, tried, clock))
                .onSuccess(this::opened)
                .onFailure(error -> failedToOpen(error, title, passwordTitle, passwordMessage, wrongPassword)));
    }

    /**
     * Opens the office server's database: with the known password (or none), then, if the server asks
     * for one, with what the user types (again after a wrong one); 取消 leaves the data closed.
     */
    private void openServer(String title, org.secretariat.persistence.ServerTarget target, String password, boolean typed) {
        executor.execute(BackgroundTask.of(title, p -> AppContext.open(dataDir, target, password,
                        org.secretariat.persistence.Database.WINDOW, clock))
                .onSuccess(ctx -> {
                    server = target;
                    serverPassword = password;
                    opened(ctx);
                })
                .onFailure(error -> {
                    if (!ServerLogin.loginRefused(error)) {
                        onCannotOpen.accept(error);
                        return;
                    }
                    var again = dialogs.askPassword(serverText("password.server.title"),
                            serverText("password.server.message", target, target.user()),
                            typed ? serverText("password.server.wrong") : null);
                    if (again.isEmpty()) {
                        onCannotOpen.accept(null);
                        return;
                    }
                    openServer(title, target, new String(again.get()), true);
                }));
    }

    /** The office server the open data is on, if it is (the Settings screen says where the data is). */
    public java.util.Optional<org.secretariat.persistence.ServerTarget> server() {
        return java.util.Optional.ofNullable(server);
    }

    /**
     * Switches the window to other data: the office server's database ({@code target}), or the folder's
     * own H2 file ({@code target} null). The other is opened first, so a server that refuses leaves the
     * window where it was; only then is the old closed and the folder's {@code database.server} setting
     * written. Nothing is copied: moving data is 「迁移到办公室服务器」 on the Data safety screen.
     */
    public void switchTo(org.secretariat.persistence.ServerTarget target, String password, String title,
                         Consumer<Throwable> onFailed) {
        AppContext old = context;
        stopWatching();
        executor.execute(BackgroundTask.of(title, p -> {
            AppContext next = target != null
                    ? AppContext.open(dataDir, target, password, org.secretariat.persistence.Database.WINDOW, clock)
                    : AppContext.open(dataDir, org.secretariat.persistence.Database.WINDOW, key, clock);
            try {
                var settings = org.secretariat.persistence.Settings.load(dataDir);
                if (target != null) {
                    settings.set(org.secretariat.persistence.Settings.SERVER, target.address());
                } else {
                    settings.remove(org.secretariat.persistence.Settings.SERVER);
                }
            } catch (java.io.IOException | RuntimeException e) {
                next.close();
                throw e;
            }
            if (old != null) {
                old.close();
            }
            return next;
        }).onSuccess(next -> {
            server = target;
            serverPassword = password;
            opened(next);
        }).onFailure(error -> {
            if (old != null) {
                watch(old);
            }
            onFailed.accept(error);
        }));
    }

    /** The window's language for the server's password dialog (the app sets it; Chinese by default). */
    private org.secretariat.i18n.Messages messages = org.secretariat.i18n.Messages.forLanguage("zh");

    public void setMessages(org.secretariat.i18n.Messages messages) {
        this.messages = messages;
    }

    private String serverText(String key, Object... args) {
        return messages.get(key, args);
    }

    /** The data again after work on the closed folder: the server's, or the folder's H2 file. */
    private AppContext reopen(DatabaseKey after) throws Exception {
        return server != null
                ? AppContext.open(dataDir, server, serverPassword, org.secretariat.persistence.Database.WINDOW, clock)
                : AppContext.open(dataDir, org.secretariat.persistence.Database.WINDOW, after, clock);
    }

    /** What the window does when others changed the data (set by the window; none in tests that build their own). */
    private Consumer<org.secretariat.service.ExternalChanges.Change> onOthersChanged = c -> { };
    private OthersWatch watch;

    public void onOthersChanged(Consumer<org.secretariat.service.ExternalChanges.Change> handler) {
        this.onOthersChanged = handler;
    }

    /** Watches the open data for others' changes; the previous watch, if any, stops. */
    private void watch(AppContext ctx) {
        stopWatching();
        watch = OthersWatch.start(ctx, c -> onOthersChanged.accept(c));
    }

    private void stopWatching() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    private void opened(AppContext ctx) {
        StartupProbe.trace("opened-fx");
        context = ctx;
        watch(ctx);
        key = ctx.database().key();
        onOpened.accept(ctx);
        StartupProbe.trace("main-built");
        backUpOnceShown(ctx);
    }

    private void failedToOpen(Throwable error, String title, String passwordTitle, String passwordMessage,
                              String wrongPassword) {
        if (error instanceof PasswordException) {
            openWith(title, true, wrongPassword, passwordTitle, passwordMessage, wrongPassword);
        } else {
            onCannotOpen.accept(error);
        }
    }

    /**
     * Closes the data, runs {@code work} on the closed folder and reopens it. {@code onDone} gets the
     * work's failure, or null on success; the window is open on the data again either way (unless
     * reopening fails, which {@code onCannotOpen} reports).
     */
    public void closeAndRun(String title, ClosedWork work, Consumer<Throwable> onDone) {
        AppContext old = context;
        DatabaseKey before = key;
        stopWatching();
        executor.execute(BackgroundTask.of(title, p -> {
            old.close();
            context = null;
            Throwable failure = null;
            DatabaseKey after = before;
            try {
                after = work.run(dataDir, before, p);
            } catch (Exception e) {
                LogManager.getLogger(DataSession.class).warn("work on closed {} failed", dataDir, e);
                failure = e;
            }
            AppContext reopened = reopen(after);
            return new Reopened(reopened, after, failure);
        }).onSuccess(r -> {
            context = r.ctx();
            key = r.key();
            watch(r.ctx());
            onOpened.accept(r.ctx());
            onDone.accept(r.failure());
        }).onFailure(onCannotOpen));
    }

    /**
     * Closes the data, runs {@code work} on the closed folder and does not reopen it (a move to the office
     * server: the folder then means the server, which the window opens at its next start).
     */
    public void closeAndStop(String title, ClosedWork work, Consumer<Throwable> onDone) {
        AppContext old = context;
        DatabaseKey before = key;
        executor.execute(BackgroundTask.of(title, p -> {
            old.close();
            context = null;
            try {
                work.run(dataDir, before, p);
                return new Reopened(null, before, null);
            } catch (Exception e) {
                LogManager.getLogger(DataSession.class).warn("work on closed {} failed", dataDir, e);
                // nothing moved: the folder's own data opens again
                return new Reopened(AppContext.open(dataDir, org.secretariat.persistence.Database.WINDOW, before, clock),
                        before, e);
            }
        }).onSuccess(r -> {
            if (r.ctx() != null) {
                context = r.ctx();
                onOpened.accept(r.ctx());
            }
            onDone.accept(r.failure());
        }).onFailure(onCannotOpen));
    }

    private record Reopened(AppContext ctx, DatabaseKey key, Throwable failure) {
    }

    /**
     * While the window stays open (offices leave it open for days), checks every hour whether today's
     * backup has been taken and takes it if not: at most one automatic backup a day while running.
     */
    public void backUpDailyWhileOpen(String title) {
        backUpDailyWhileOpen(title, java.time.Duration.ofHours(1));
    }

    /** As {@link #backUpDailyWhileOpen(String)}, checking every {@code every} (tests use a short one). */
    public void backUpDailyWhileOpen(String title, java.time.Duration every) {
        backupTitle = title;
        if (timer != null) {
            return;
        }
        timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "secretariat-daily-backup");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(() -> javafx.application.Platform.runLater(() -> {
            AppContext ctx = context;
            if (ctx != null) {
                executor.execute(BackgroundTask.of(title, p -> ctx.backups().backupIfDue())
                        .onSuccess(r -> dailyChecks.incrementAndGet()));
            }
        }), every.toMillis(), every.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /**
     * The day's first backup, taken once the window shows its data rather than inside the opening
     * (issue 18: it made the first start of a day 7–9 s slower to a usable roster).
     */
    private void backUpOnceShown(AppContext ctx) {
        executor.execute(BackgroundTask.of(backupTitle, p -> ctx.backups().backupIfDue()));
    }

    /** How many of the timer's checks have run (each backs up only if the day has no backup yet). */
    public int dailyChecks() {
        return dailyChecks.get();
    }

    public void close() {
        stopWatching();
        if (timer != null) {
            timer.shutdownNow();
        }
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
