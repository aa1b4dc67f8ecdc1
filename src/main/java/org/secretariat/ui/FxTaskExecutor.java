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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Runs {@link BackgroundTask}s one after another on a single worker thread (the database has one
 * writer), {@linkplain BackgroundTask#reading reading} tasks one after another on a second thread
 * beside it, hands results to the FX thread, and exposes the running task's progress for the status
 * bar and the running and queued tasks for the task list, with cancel.
 */
public final class FxTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LogManager.getLogger(FxTaskExecutor.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "secretariat-worker");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "secretariat-reader");
        t.setDaemon(true);
        return t;
    });
    private DialogService dialogs;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<Task<?>> tasks = FXCollections.observableArrayList();
    private JobNotifier notifier = JobNotifier.SILENT;
    private int active;
    private Task<?> current;

    public FxTaskExecutor(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void setDialogs(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void setNotifier(JobNotifier notifier) {
        this.notifier = notifier == null ? JobNotifier.SILENT : notifier;
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        Task<T> fx = new Task<>() {
            {
                updateTitle(task.title()); // the task list shows it while the task waits its turn
            }

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

            /**
             * Never interrupts the worker (the task list's cancel button asks with {@code true}): an
             * interrupt can close the database's file under it. The work stops at its next check.
             */
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                return super.cancel(false);
            }
        };
        fx.setOnRunning(e -> {
            current = fx;
            progress.bind(fx.progressProperty());
            message.bind(fx.messageProperty());
        });
        fx.setOnSucceeded(e -> {
            finished(fx);
            task.succeed(fx.getValue(), notifier);
        });
        fx.setOnFailed(e -> {
            finished(fx);
            Throwable error = fx.getException();
            LOG.error("background task failed: {}", task.title(), error);
            task.fail(error, dialogs, notifier);
        });
        fx.setOnCancelled(e -> {
            finished(fx);
            task.cancelledHandler().run();
        });
        java.util.concurrent.ExecutorService lane = task.isReading() ? reader : worker;
        if (lane.isShutdown()) { // the window is closing: a late follow-up (a load's second step) has no one to show it to
            LOG.debug("not started, the window is closing: {}", task.title());
            return;
        }
        active++;
        running.set(true);
        onFxThread(() -> tasks.add(fx));
        lane.submit(fx);
    }

    private void finished(Task<?> fx) {
        active--;
        tasks.remove(fx);
        if (current == fx) {
            progress.unbind();
            message.unbind();
            progress.set(-1);
            message.set("");
            current = null;
        }
        running.set(active > 0);
    }

    @Override
    public void cancelCurrent() {
        Task<?> c = current;
        if (c != null) {
            c.cancel(false);
        }
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    @Override
    public ObservableList<Task<?>> tasks() {
        return tasks;
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
        reader.shutdownNow();
    }
}
