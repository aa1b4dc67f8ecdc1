package org.secretariat.ui;

import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.testfx.util.WaitForAsyncUtils;

/** What the screen tests share: the main window opened on a workspace, and waiting for the screen. */
final class Screens {

    private Screens() {
    }

    /** Opens the main window on {@code app} in the stage and shows it; the executor is the test's to close. */
    static TaskExecutor open(Stage stage, AppContext app, Messages messages, RecordingDialogs dialogs) {
        TaskExecutor executor = new FxTaskExecutor(dialogs);
        new MainWindow(stage, messages, executor).open(new UiContext(app, messages, dialogs, executor));
        stage.show();
        return executor;
    }

    /** Waits up to ten seconds for the condition, then for the FX events it set off. */
    static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
