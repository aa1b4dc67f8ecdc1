package org.secretariat.ui.safety;

import java.util.Optional;
import org.secretariat.persistence.BackupCounts;
import org.secretariat.persistence.Backups;
import org.secretariat.persistence.ServerTarget;
import org.secretariat.persistence.TargetNotEmptyException;
import org.secretariat.service.safety.DatabaseMove;
import org.secretariat.ui.DataSession;
import org.secretariat.ui.MainWindow;
import org.secretariat.ui.UiContext;

/**
 * 「迁移到办公室服务器」 and 「迁回本机」 from the Data safety screen (issue 17 point 4, decision 0020): asks
 * the server's address and password (never stored), closes the data, runs the same move as the
 * {@code database} commands in a background task, and says what was moved. After a move the window
 * stays closed: the folder now means the other database, opened at the next start.
 */
final class MoveFlow {

    private final UiContext ui;
    private final DataSession session;
    private final MainWindow window;

    MoveFlow(UiContext ui, DataSession session, MainWindow window) {
        this.ui = ui;
        this.session = session;
        this.window = window;
    }

    void toServer() {
        String title = ui.text("safety.move.toServer");
        Optional<String> address = ui.dialogs().askText(title, ui.text("safety.move.address"), ServerTarget.SCHEME);
        if (address.isEmpty() || session == null) {
            return;
        }
        ServerTarget target;
        try {
            target = ServerTarget.parse(address.get().strip(), System.getProperty("user.name"));
        } catch (IllegalArgumentException e) {
            ui.dialogs().showError(title, e);
            return;
        }
        String password = password(title);
        run(title, target, progress -> DatabaseMove.toServer(session.dataDir(), session.key(), target, password,
                session.clock(), progress));
    }

    void toFolder(ServerTarget target) {
        String title = ui.text("safety.move.toFolder");
        if (session == null || !ui.dialogs().confirm(title, ui.text("safety.move.confirmToFolder", target))) {
            return;
        }
        String password = password(title);
        run(title, target, progress -> DatabaseMove.toFolder(session.dataDir(), target, password, session.clock(), progress));
    }

    private String password(String title) {
        return ui.dialogs().askPassword(title, ui.text("safety.move.password"), null)
                .filter(p -> p.length > 0).map(String::new).orElse(null);
    }

    interface Move {
        BackupCounts run(org.secretariat.service.Progress progress) throws Exception;
    }

    private void run(String title, ServerTarget target, Move move) {
        window.showClosed(ui.text("safety.move.running"));
        var moved = new java.util.concurrent.atomic.AtomicReference<BackupCounts>();
        session.closeAndStop(ui.text("safety.move.running"), (dir, key, progress) -> {
            moved.set(move.run(progress));
            return key;
        }, failure -> {
            if (failure instanceof TargetNotEmptyException e) {
                window.showSafety();
                window.dialogs().showInfo(title, ui.text("move.error.notEmpty", target,
                        ui.messages().get(Backups.describe(e.counts()))));
            } else if (failure != null) {
                window.showSafety();
                window.dialogs().showError(title, failure);
            } else {
                String counts = ui.messages().get(Backups.describe(moved.get()));
                window.showClosed(ui.text("safety.move.restart", counts));
                window.dialogs().showInfo(title, ui.text("safety.move.restart", counts));
            }
        });
    }
}
