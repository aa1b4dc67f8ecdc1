package org.secretariat.ui;

/**
 * Runs a {@link BackgroundTask} at once on the caller's thread through {@link ImmediateTaskExecutor},
 * for view models that take "how to run background work"; a failure nobody handles fails the test.
 */
public final class ImmediateTasks {

    private ImmediateTasks() {
    }

    public static void run(BackgroundTask<?> task) {
        RecordingDialogs dialogs = new RecordingDialogs();
        new ImmediateTaskExecutor(dialogs).execute(task);
        dialogs.shown.stream().filter(s -> s.startsWith("error: ")).findFirst().ifPresent(e -> {
            throw new AssertionError("background work failed: " + task.title() + ": " + e);
        });
    }
}
