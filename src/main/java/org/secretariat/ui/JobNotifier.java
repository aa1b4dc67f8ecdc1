package org.secretariat.ui;

/**
 * Tells the user that a job they started (an export, a backup, a batch of certificates) has ended,
 * without stopping them: in the app a ControlsFX notification in the window's corner.
 */
public interface JobNotifier {

    /** Tells nobody: until the window is open, and where nobody looks. */
    JobNotifier SILENT = new JobNotifier() {
        @Override
        public void succeeded(String title, String text) {
        }

        @Override
        public void failed(String title, Throwable error) {
        }
    };

    /** {@code title} is the task's, {@code text} what came of it ("已导出 12 家单位"). */
    void succeeded(String title, String text);

    /** The task failed; the reason is shown (and logged) elsewhere. */
    void failed(String title, Throwable error);
}
