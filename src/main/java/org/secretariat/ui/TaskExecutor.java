package org.secretariat.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The one way to run {@link BackgroundTask}s: the app uses {@link FxTaskExecutor} (one worker thread,
 * results on the FX thread), view-model tests {@link ImmediateTaskExecutor} (everything on the
 * calling thread, no FX toolkit). The status bar shows the running task's progress, with cancel.
 */
public interface TaskExecutor extends AutoCloseable {

    <T> void execute(BackgroundTask<T> task);

    /** After a language change, errors are reported by the new dialog service. */
    void setDialogs(DialogService dialogs);

    /** Who tells the user that an {@linkplain BackgroundTask#announce announced} task ended. */
    void setNotifier(JobNotifier notifier);

    /** Asks the running task to stop; it stops at its next progress check. */
    void cancelCurrent();

    ReadOnlyBooleanProperty runningProperty();

    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();

    /** The running and queued tasks, oldest first (empty where work runs at once). */
    ObservableList<Task<?>> tasks();

    @Override
    void close();
}
