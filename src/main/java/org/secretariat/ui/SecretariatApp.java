package org.secretariat.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.apache.logging.log4j.LogManager;
import org.secretariat.charter.CharterLoadException;
import org.secretariat.i18n.Messages;
import org.secretariat.persistence.DataDirectory;
import org.secretariat.persistence.DataInUseException;
import org.secretariat.persistence.Settings;

/**
 * The JavaFX application. The window shows at once; the database opens in the background. A second
 * copy on the same data folder is told so in a dialog, and closes.
 */
public final class SecretariatApp extends Application {

    private DataSession session;
    private TaskExecutor executor;
    private WindowBeacon beacon;

    public static void launchWith(List<String> args) {
        Application.launch(SecretariatApp.class, args.toArray(String[]::new));
    }

    @Override
    public void start(Stage stage) {
        StartupProbe.trace("fx-start");
        Path dataDir = DataDirectory.fromArgs(getParameters().getRaw());
        Messages messages = Messages.forLanguage(Settings.load(dataDir).language());
        Placeholders.useLanguageForBuiltInTexts(messages);
        FxDialogService dialogs = new FxDialogService(messages);
        dialogs.setOwner(stage);
        executor = new FxTaskExecutor(dialogs);
        MainWindow window = new MainWindow(stage, messages, executor);
        StartupProbe.trace("window-built");
        window.setDialogs(dialogs);
        WindowPlacement.restoreAndRemember(stage, dataDir); // maximised the first time, then as the user left it
        stage.setOnShown(e -> Platform.runLater(() -> StartupProbe.reached("shown")));
        stage.show();
        StartupProbe.trace("stage-show-returned");
        session = new DataSession(dataDir, EarlyOpen.clock().orElseGet(Clock::systemDefaultZone), executor, dialogs,
                ctx -> {
                    window.open(new UiContext(ctx, window.messages(), window.dialogs(), executor));
                    listenForSecondCopies(dataDir, stage);
                },
                error -> {
                    if (error instanceof DataInUseException d && d.heldByWindow()) {
                        offerToSwitch(d, dialogs, messages);
                    } else if (error != null) {
                        LogManager.getLogger(SecretariatApp.class).error("cannot open {}", dataDir, error);
                        String text = error instanceof CharterLoadException c
                                ? messages.get("main.charterBroken", c.problems().get(0).file(),
                                c.problems().get(0).line(), messages.get(c.problems().get(0).message()))
                                : UserMessages.describe(error, messages);
                        dialogs.showError(messages.get("main.cannotOpen"), text);
                    }
                    Platform.exit();
                });
        window.setSession(session);
        session.setMessages(messages);
        session.backUpDailyWhileOpen(messages.get("safety.backupNow"));
        session.open(messages.get("main.loading"), messages.get("password.open.title"),
                messages.get("password.open.message", dataDir), messages.get("password.open.wrong"));
    }

    /** A second copy started on the same data may ask this window to come to the front. */
    private void listenForSecondCopies(Path dataDir, Stage stage) {
        if (beacon != null) {
            return;
        }
        try {
            beacon = WindowBeacon.listen(dataDir, () -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }));
        } catch (java.io.IOException e) {
            LogManager.getLogger(SecretariatApp.class).warn("second copies cannot bring this window forward: {}", e.getMessage());
        }
    }

    /** The data is open in another window: say so, and bring that window forward if the user wants. */
    private static void offerToSwitch(DataInUseException d, DialogService dialogs, Messages messages) {
        if (dialogs.confirm(messages.get("main.secondCopy.title"), messages.get("main.secondCopy", d.dataDir(), messages.get(d.holderText())))
                && !WindowBeacon.signal(d.dataDir())) {
            dialogs.showError(messages.get("main.secondCopy.title"), messages.get("main.secondCopy.failed"));
        }
    }

    @Override
    public void stop() {
        if (beacon != null) {
            beacon.close();
        }
        if (session != null) {
            session.close();
        }
        if (executor != null) {
            executor.close();
        }
    }
}
