package org.secretariat.ui;

/** Runs a {@link BackgroundTask} at once on the caller's thread, for view-model tests without the FX toolkit. */
public final class ImmediateTasks {

    private ImmediateTasks() {
    }

    public static void run(BackgroundTask<?> task) {
        go(task);
    }

    private static <T> void go(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().run(new BackgroundTask.Progress() {
                @Override
                public void update(long done, long total, String message) {
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            if (task.failureHandler() == null) {
                throw new AssertionError("background work failed: " + task.title(), e);
            }
            task.failureHandler().accept(e);
            return;
        }
        task.successHandler().accept(result);
    }
}
