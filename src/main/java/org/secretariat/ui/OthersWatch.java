package org.secretariat.ui;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.apache.logging.log4j.LogManager;
import org.secretariat.persistence.ServerSignal;
import org.secretariat.service.AppContext;
import org.secretariat.service.ExternalChanges;

/**
 * While the window has the data open, watches for changes others wrote (issue 17, point 3): on the
 * office server it listens for their commits (LISTEN/NOTIFY) and still looks every half minute in
 * case a signal was lost; on the H2 folder, where only a command working through the window's
 * database can write besides the window, it looks every few seconds. What changed is handed to the
 * FX thread; the watch runs on a daemon thread of its own and stops when the data closes.
 */
final class OthersWatch implements AutoCloseable {

    /** How often the folder's audit trail is looked at (and the server's, without a signal). */
    static final Duration POLL = Duration.ofSeconds(5);
    static final Duration SERVER_POLL = Duration.ofSeconds(30);

    private final AppContext app;
    private final Consumer<ExternalChanges.Change> onFx;
    private final Duration poll;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile ServerSignal signal;

    private OthersWatch(AppContext app, Consumer<ExternalChanges.Change> onFx, Duration poll) {
        this.app = app;
        this.onFx = onFx;
        this.poll = poll;
        this.thread = new Thread(this::run, "secretariat-watch");
        thread.setDaemon(true);
    }

    /** Starts watching {@code app}'s data; {@code onFx} runs on the FX thread for each change seen. */
    static OthersWatch start(AppContext app, Consumer<ExternalChanges.Change> onFx) {
        return start(app, onFx, POLL);
    }

    /** As {@link #start(AppContext, Consumer)}, looking every {@code poll} without a signal (tests). */
    static OthersWatch start(AppContext app, Consumer<ExternalChanges.Change> onFx, Duration poll) {
        OthersWatch watch = new OthersWatch(app, onFx, poll);
        watch.thread.start();
        return watch;
    }

    private void run() {
        try {
            ExternalChanges changes = new ExternalChanges(app.database(), app.audit());
            signal = listen();
            while (!stopped) {
                ServerSignal s = signal;
                if (s != null) {
                    s.await(SERVER_POLL);
                } else {
                    Thread.sleep(poll.toMillis());
                }
                if (stopped) {
                    return;
                }
                Optional<ExternalChanges.Change> seen = changes.poll();
                seen.ifPresent(c -> Platform.runLater(() -> {
                    if (!stopped) {
                        onFx.accept(c);
                    }
                }));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!stopped) { // after close, the closed database is why
                LogManager.getLogger(OthersWatch.class).warn("stopped watching for others' changes: {}", e.toString());
            }
        }
    }

    private ServerSignal listen() {
        try {
            return app.database().listenForChanges().orElse(null);
        } catch (Exception e) {
            LogManager.getLogger(OthersWatch.class).warn("no change signal from the server, polling: {}", e.toString());
            return null;
        }
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        ServerSignal s = signal;
        if (s != null) {
            s.close();
        }
    }
}
