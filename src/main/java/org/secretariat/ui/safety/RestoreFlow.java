package org.secretariat.ui.safety;

import java.nio.file.Path;
import org.secretariat.persistence.BackupArchive;
import org.secretariat.persistence.Backups;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.persistence.PasswordException;
import org.secretariat.service.safety.BackupService;
import org.secretariat.service.safety.Restore;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.DataSession;
import org.secretariat.ui.MainWindow;
import org.secretariat.ui.UiContext;

/**
 * Restoring a backup from the window: read what it holds (asking for its password if it was made
 * under another one), show that and ask, then close the data, restore, and reopen.
 */
final class RestoreFlow {

    private final UiContext ui;
    private final DataSession session;
    private final MainWindow window;

    RestoreFlow(UiContext ui, DataSession session, MainWindow window) {
        this.ui = ui;
        this.session = session;
        this.window = window;
    }

    void start(Path file) {
        preview(file, session == null ? DatabaseKey.NONE : session.key(), null);
    }

    private void preview(Path file, DatabaseKey key, String problem) {
        ui.executor().execute(BackgroundTask.of(ui.text("safety.restore.reading"), p -> BackupService.preview(file, key))
                .onSuccess(summary -> confirm(file, key, summary))
                .onFailure(error -> {
                    if (error instanceof PasswordException e) {
                        ui.dialogs().askPassword(ui.text("safety.restore.title"), ui.text("password.cli.backupPrompt", file),
                                        e.missing() && problem == null ? null : ui.text("password.wrong", file, ""))
                                .ifPresent(pw -> preview(file, DatabaseKey.fromPassword(pw), "wrong"));
                    } else {
                        ui.dialogs().showError(ui.text("safety.restore.title"), error);
                    }
                }));
    }

    private void confirm(Path file, DatabaseKey key, BackupArchive.Summary s) {
        String text = ui.text("backup.preview", file, s.takenAt().format(DataSafetyView.TIME),
                s.lastChange() == null ? ui.text("backup.preview.noChange") : s.lastChange().format(DataSafetyView.TIME),
                ui.messages().get(Backups.describe(s.counts()))) + "\n\n" + ui.text("safety.restore.confirm");
        if (!ui.dialogs().confirm(ui.text("safety.restore.title"), text) || session == null) {
            return;
        }
        window.showClosed(ui.text("safety.restore.running"));
        var result = new java.util.concurrent.atomic.AtomicReference<Restore.Result>();
        session.closeAndRun(ui.text("safety.restore.running"), (dir, current, progress) -> {
            result.set(Restore.restore(dir, file, key, session.clock()));
            return DatabaseKey.folderIsEncrypted(dir) ? key : DatabaseKey.NONE;
        }, failure -> {
            if (failure != null) {
                window.dialogs().showError(ui.text("safety.restore.title"), failure);
            } else {
                Restore.Result r = result.get();
                window.showSafety();
                window.dialogs().showInfo(ui.text("safety.restore.title"), ui.text("restore.done", file, session.dataDir())
                        + (r.previous() == null ? "" : "\n" + ui.text("restore.previous", r.previous()))
                        + (r.protection() == null ? "" : "\n\n" + ui.messages().get(r.protection())));
            }
        });
    }
}
