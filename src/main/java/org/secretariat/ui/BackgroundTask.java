package org.secretariat.ui;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one way to run work off the FX thread: what to do, what to do with the result or the
 * failure (both called on the FX thread), and a progress reporter the work can update.
 */
public final class BackgroundTask<T> {

    /** The work itself; it may report progress and should stop when {@link Progress#isCancelled()}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Progress reporting from the worker thread; services see it as a {@link org.secretariat.service.Progress}. */
    public interface Progress extends org.secretariat.service.Progress {
        void update(long done, long total, String message);

        @Override
        default void update(long done, long total) {
            update(done, total, null);
        }
    }

    private final String title;
    private final Work<T> work;
    private Consumer<T> onSuccess = r -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private Function<T, String> announcement;
    private boolean reading;

    private BackgroundTask(String title, Work<T> work) {
        this.title = title;
        this.work = work;
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = handler;
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = handler;
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = handler;
        return this;
    }

    /**
     * Marks a job whose end the user waits for: when it succeeds the {@link JobNotifier} shows
     * {@code text} of its result (unless that is null: a dialog says more); when it fails, that it failed.
     */
    public BackgroundTask<T> announce(Function<T, String> text) {
        this.announcement = text;
        return this;
    }

    /**
     * Marks work that only reads with plain JDBC (the roster's rows): it runs beside the writing work
     * instead of queueing behind it, so the roster shows while a long job or Hibernate's boot runs.
     */
    public BackgroundTask<T> reading() {
        this.reading = true;
        return this;
    }

    boolean isReading() {
        return reading;
    }

    public String title() {
        return title;
    }

    Work<T> work() {
        return work;
    }

    Runnable cancelledHandler() {
        return onCancelled;
    }

    /** Hands the result on (on the thread that shows results), then announces it if asked to. */
    void succeed(T value, JobNotifier notifier) {
        onSuccess.accept(value);
        String text = announcement == null ? null : announcement.apply(value);
        if (text != null) {
            notifier.succeeded(title, text);
        }
    }

    /** Hands the failure to its handler, or shows it in a dialog; then announces it if asked to. */
    void fail(Throwable error, DialogService dialogs, JobNotifier notifier) {
        if (announcement != null) {
            notifier.failed(title, error);
        }
        if (onFailure != null) {
            onFailure.accept(error);
        } else {
            dialogs.showError(title, error);
        }
    }
}
