package org.secretariat.ui;

import java.util.Optional;
import org.secretariat.persistence.ServerTarget;

/**
 * Where this PC's data is (issue 17, point 1): 「连接办公室服务器…」 on the setup screen (a new PC joining
 * the office's server) and in Settings, and 「改用本机数据」 back. Asks the address and the password
 * (never stored), then switches the window ({@link DataSession#switchTo}); nothing is copied.
 */
public final class ServerConnectFlow {

    private final UiContext ui;
    private final DataSession session;

    public ServerConnectFlow(UiContext ui, DataSession session) {
        this.ui = ui;
        this.session = session;
    }

    /** Asks for the server and connects; {@code confirmFirst} says what happens to the data open now. */
    public void connect(boolean confirmFirst) {
        String title = ui.text("server.connect.title");
        if (session == null || (confirmFirst && !ui.dialogs().confirm(title, ui.text("server.connect.confirm")))) {
            return;
        }
        Optional<String> address = ui.dialogs().askText(title, ui.text("server.connect.address"), ServerTarget.SCHEME);
        if (address.isEmpty() || address.get().isBlank()) {
            return;
        }
        ServerTarget target;
        try {
            target = ServerTarget.parse(address.get().strip(), System.getProperty("user.name"));
        } catch (IllegalArgumentException e) {
            ui.dialogs().showError(title, ui.text("server.connect.badAddress", address.get().strip()));
            return;
        }
        attempt(title, target, ServerLogin.known(target), false);
    }

    /**
     * Connects with {@code password} (none: a server that trusts this PC); if the server asks for a
     * password, or refuses the one typed, asks (again) and retries; 取消 leaves the window as it was.
     */
    private void attempt(String title, ServerTarget target, String password, boolean typed) {
        session.switchTo(target, password, ui.text("server.connect.running", target), error -> {
            if (!ServerLogin.loginRefused(error)) {
                ui.dialogs().showError(title, UserMessages.describe(error, ui.messages()));
                return;
            }
            ui.dialogs().askPassword(title, ui.text("password.server.message", target, target.user()),
                            typed ? ui.text("password.server.wrong") : null)
                    .ifPresent(p -> attempt(title, target, new String(p), true));
        });
    }

    /** Back to the folder's own database on this PC (the server's data stays on the server). */
    public void useFolder() {
        String title = ui.text("server.folder.title");
        if (session == null || !ui.dialogs().confirm(title, ui.text("server.folder.confirm"))) {
            return;
        }
        session.switchTo(null, null, title, error -> ui.dialogs().showError(title, UserMessages.describe(error, ui.messages())));
    }
}
