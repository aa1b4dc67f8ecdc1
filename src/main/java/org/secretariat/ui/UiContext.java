package org.secretariat.ui;

import java.time.LocalDate;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;

/** What every screen needs: the services, the user's language, dialogs, and the background executor. */
public record UiContext(AppContext app, Messages messages, DialogService dialogs, TaskExecutor executor) {

    /** Today by the app's clock ({@link AppContext#clock()}), never the machine's date read directly. */
    public LocalDate today() {
        return LocalDate.now(app.clock());
    }

    public String text(String key, Object... args) {
        return messages.get(key, args);
    }
}
