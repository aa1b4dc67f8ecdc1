package org.secretariat.ui.safety;

import java.util.concurrent.atomic.AtomicReference;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.service.safety.PasswordChange;
import org.secretariat.ui.DataSession;
import org.secretariat.ui.MainWindow;
import org.secretariat.ui.UiContext;

/**
 * Setting, changing and removing the data password from the window. The current password is asked
 * for and checked first; the new one is typed twice with the warning acknowledged; then the data is
 * closed, re-encrypted with its backups, and reopened.
 */
final class PasswordFlow {

    private final UiContext ui;
    private final DataSession session;
    private final MainWindow window;

    PasswordFlow(UiContext ui, DataSession session, MainWindow window) {
        this.ui = ui;
        this.session = session;
        this.window = window;
    }

    void set() {
        ui.dialogs().askNewPassword(title("safety.password.set"), ui.text("password.warning"))
                .ifPresent(pw -> run(DatabaseKey.NONE, DatabaseKey.fromPassword(pw)));
    }

    void change() {
        current(title("safety.password.change")).ifPresent(from ->
                ui.dialogs().askNewPassword(title("safety.password.change"), ui.text("password.warning"))
                        .ifPresent(pw -> run(from, DatabaseKey.fromPassword(pw))));
    }

    void remove() {
        current(title("safety.password.remove")).ifPresent(from -> {
            if (ui.dialogs().confirm(title("safety.password.remove"), ui.text("safety.password.removeConfirm"))) {
                run(from, DatabaseKey.NONE);
            }
        });
    }

    /** A button's text as a dialog title (without its "…"). */
    private String title(String key) {
        return ui.text(key).replace("…", "").strip();
    }

    /** The current password, asked for and checked against the open data's key (empty if cancelled or wrong). */
    private java.util.Optional<DatabaseKey> current(String title) {
        String problem = null;
        while (true) {
            var typed = ui.dialogs().askPassword(title, ui.text("safety.password.current"), problem);
            if (typed.isEmpty()) {
                return java.util.Optional.empty();
            }
            DatabaseKey key = DatabaseKey.fromPassword(typed.get());
            if (key.equals(session.key())) {
                return java.util.Optional.of(key);
            }
            problem = ui.text("password.wrong", session.dataDir());
        }
    }

    private void run(DatabaseKey from, DatabaseKey to) {
        window.showClosed(ui.text("safety.password.running"));
        AtomicReference<PasswordChange.Result> result = new AtomicReference<>();
        session.closeAndRun(ui.text("safety.password.running"), (dir, current, progress) -> {
            result.set(PasswordChange.change(dir, from, to, session.clock(), progress));
            return to;
        }, failure -> {
            if (failure != null) {
                window.dialogs().showError(ui.text("safety.password"), ui.text("password.error.failed", session.dataDir(),
                        String.valueOf(failure.getMessage())));
                return;
            }
            PasswordChange.Result r = result.get();
            StringBuilder text = new StringBuilder(ui.text(!to.isSet() ? "password.done.removed" : from.isSet() ? "password.done.changed" : "password.done.set",
                    session.dataDir(), r.backupsChanged()));
            r.backupsLeft().forEach(p -> text.append('\n').append(ui.text("password.backupLeft", p)));
            if (to.isSet()) {
                text.append("\n\n").append(ui.text("password.warning"));
            }
            window.showSafety();
            window.dialogs().showInfo(ui.text("safety.password"), text.toString());
        });
    }
}
