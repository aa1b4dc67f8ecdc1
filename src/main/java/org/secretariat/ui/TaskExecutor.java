package org.secretariat.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Runs {@link BackgroundTask}s one after another on a single worker thread (the database has one
 * writer), and exposes the running task's progress for the status bar, with cancel.
 */
public final class TaskExecutor implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(TaskExecutor.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "secretariat-worker");
        t.setDaemon(true);
        return t;
    });
    private DialogService dialogs;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int active;
    private Task<?> current;

    public TaskExecutor(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    /** After a language change, errors are reported by the new dialog service. */
    public void setDialogs(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    public <T> void execute(BackgroundTask<T> task) {
        Task<T> fx = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(task.title());
                return task.work().run(new BackgroundTask.Progress() {
                    @Override
                    public void update(long done, long total, String text) {
                        updateProgress(done, total);
                        if (text != null) {
                            updateMessage(text);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isCancelledTask();
                    }
                });
            }

            private boolean isCancelledTask() {
                return isCancelled();
            }
        };
        fx.setOnRunning(e -> {
            current = fx;
            progress.bind(fx.progressProperty());
            message.bind(fx.messageProperty());
        });
        fx.setOnSucceeded(e -> {
            finished(fx);
            task.successHandler().accept(fx.getValue());
        });
        fx.setOnFailed(e -> {
            finished(fx);
            Throwable error = fx.getException();
            LOG.error("background task failed: {}", task.title(), error);
            if (task.failureHandler() != null) {
                task.failureHandler().accept(error);
            } else {
                dialogs.showError(task.title(), error);
            }
        });
        fx.setOnCancelled(e -> {
            finished(fx);
            task.cancelledHandler().run();
        });
        active++;
        running.set(true);
        worker.submit(fx);
    }

    private void finished(Task<?> fx) {
        active--;
        if (current == fx) {
            progress.unbind();
            message.unbind();
            progress.set(-1);
            message.set("");
            current = null;
        }
        running.set(active > 0);
    }

    /** Asks the running task to stop; it stops at its next progress check. */
    public void cancelCurrent() {
        Task<?> c = current;
        if (c != null) {
            c.cancel(false);
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** For code that must hand a result to the FX thread outside a task. */
    public static void onFxThread(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
