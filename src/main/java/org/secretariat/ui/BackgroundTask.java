package org.secretariat.ui;

import java.util.function.Consumer;

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

    public String title() {
        return title;
    }

    Work<T> work() {
        return work;
    }

    Consumer<T> successHandler() {
        return onSuccess;
    }

    /** Null means: let the executor report it through the DialogService. */
    Consumer<Throwable> failureHandler() {
        return onFailure;
    }

    Runnable cancelledHandler() {
        return onCancelled;
    }
}
