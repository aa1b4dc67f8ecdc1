package org.secretariat.ui;

import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.secretariat.i18n.Messages;

/**
 * Tells the user in the main window's lower right corner that a job has ended (ControlsFX
 * {@link Notifications}), in the window's language; it fades after a few seconds and never takes
 * the focus. Nothing is shown while the window is hidden (a test, or a quit under way).
 */
public final class FxJobNotifier implements JobNotifier {

    private static final Duration SHOWN_FOR = Duration.seconds(5);

    private final Window owner;
    private final Messages messages;

    public FxJobNotifier(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void succeeded(String title, String text) {
        show(messages.get("main.notify.done"), text, false);
    }

    @Override
    public void failed(String title, Throwable error) {
        show(messages.get("main.notify.failed"), messages.get("main.notify.failedText", title,
                UserMessages.describe(error, messages)), true);
    }

    private void show(String title, String text, boolean error) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Notifications n = Notifications.create().owner(owner).title(title).text(text)
                .position(Pos.BOTTOM_RIGHT).hideAfter(SHOWN_FOR).styleClass("job-notification");
        if (error) {
            n.showError();
        } else {
            n.showInformation();
        }
    }
}
