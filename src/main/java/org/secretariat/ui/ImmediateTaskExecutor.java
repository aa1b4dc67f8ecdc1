package org.secretariat.ui;

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
 * Runs each task at once on the calling thread, then its callbacks: a view model's command has
 * finished, with its result handed on, when {@code execute} returns. For view-model tests, which
 * then need neither the FX toolkit nor waiting. A cancel asked for during the work (from the work's
 * own progress callback, say) is honoured at the end: the cancel handler runs instead of success.
 */
public final class ImmediateTaskExecutor implements TaskExecutor {

    private static final Logger LOG = LogManager.getLogger(ImmediateTaskExecutor.class);

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ObservableList<Task<?>> tasks = FXCollections.unmodifiableObservableList(
            FXCollections.observableArrayList());
    private DialogService dialogs;
    private JobNotifier notifier = JobNotifier.SILENT;
    private boolean cancelled;
    private int depth;

    public ImmediateTaskExecutor(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        boolean outerCancelled = cancelled;
        cancelled = false;
        depth++;
        running.set(true);
        message.set(task.title());
        T value;
        try {
            value = task.work().run(new BackgroundTask.Progress() {
                @Override
                public void update(long done, long total, String text) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                    if (text != null) {
                        message.set(text);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return cancelled;
                }
            });
        } catch (Exception | Error e) {
            finish(outerCancelled);
            LOG.error("background task failed: {}", task.title(), e);
            task.fail(e, dialogs, notifier);
            return;
        }
        boolean wasCancelled = cancelled;
        finish(outerCancelled);
        if (wasCancelled) {
            task.cancelledHandler().run();
        } else {
            task.succeed(value, notifier);
        }
    }

    private void finish(boolean outerCancelled) {
        cancelled = outerCancelled;
        depth--;
        if (depth == 0) {
            running.set(false);
            progress.set(-1);
            message.set("");
        }
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
    public void cancelCurrent() {
        if (depth > 0) {
            cancelled = true;
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

    @Override
    public void close() {
        // nothing runs in the background
    }
}
