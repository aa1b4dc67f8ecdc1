package org.secretariat.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.logging.log4j.LogManager;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.service.AppContext;

/**
 * The window's data folder opened while JavaFX starts and the window is built, instead of after it
 * shows (issue 18): the database, the charter and the roster's rows are ready about when the window
 * is. Only a folder that needs no password opens early; an encrypted one waits for the password
 * dialog as before. Whatever goes wrong (the folder in use, a broken charter) reaches the window
 * exactly as it would have from opening there.
 */
public final class EarlyOpen {

    private static Opening opening;

    private record Opening(Path dataDir, Clock clock, CompletableFuture<AppContext> context) {
    }

    private EarlyOpen() {
    }

    /**
     * Whether opening early shortens the start on this machine (decision 0024): with 4 processors or
     * more the opening runs beside JavaFX's start; with 2 it takes the CPU JavaFX needs, so the window
     * showed 0.35 s later and the roster no sooner, and the window opens the data once it shows.
     * {@code -Dsecretariat.early=on|off} decides instead (to measure either way on one machine).
     */
    public static boolean pays(int processors) {
        String forced = System.getProperty("secretariat.early", "");
        return forced.equals("on") || (!forced.equals("off") && processors >= 4);
    }

    /** Starts opening {@code dataDir} on a thread of its own, unless it is encrypted or means a server. */
    public static synchronized void start(Path dataDir, Clock clock) {
        try {
            if (DatabaseKey.folderIsEncrypted(dataDir) || ServerLogin.named(dataDir)) {
                return; // the password dialog first; or the office server's database, opened by the session
            }
        } catch (IOException e) {
            return; // opening in the window says what is wrong
        }
        CompletableFuture<AppContext> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                AppContext ctx = AppContext.open(dataDir, Database.WINDOW, DatabaseKey.NONE, clock);
                try {
                    ctx.roster().preload();
                } catch (RuntimeException e) {
                    LogManager.getLogger(EarlyOpen.class).warn("the roster was not read ahead: {}", e.getMessage());
                }
                f.complete(ctx);
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "secretariat-open");
        t.setDaemon(true);
        t.start();
        opening = new Opening(dataDir, clock, f);
    }

    /** The clock the early opening uses, so the window dates by the same one. */
    static synchronized Optional<Clock> clock() {
        return Optional.ofNullable(opening).map(Opening::clock);
    }

    /** The opening of {@code dataDir} started early, handed over once; empty if none was started for it. */
    static synchronized Optional<Opened> take(Path dataDir) {
        Opening o = opening;
        if (o == null || !o.dataDir().equals(dataDir)) {
            return Optional.empty();
        }
        opening = null;
        return Optional.of(() -> {
            try {
                return o.context().join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        });
    }

    /** Waits for the early opening; throws what opening threw. */
    interface Opened {
        AppContext get() throws Exception;
    }
}
