package org.secretariat.ui.safety;

import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.secretariat.persistence.Backups;
import org.secretariat.persistence.Settings;
import org.secretariat.service.safety.AuditCheck;
import org.secretariat.service.safety.BackupService;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.DataSession;
import org.secretariat.ui.MainWindow;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.ViewLoader;

/**
 * Data safety: the backups with what each holds, backing up now or to a file, restoring one after a
 * preview, the second backup folder, the audit trail check, and the data password.
 */
public final class DataSafetyView {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private final UiContext ui;
    private final DataSession session;
    private final MainWindow window;
    private final Parent root;

    @FXML private Label backupHint;
    @FXML private TableView<BackupService.Listing> backupTable;
    @FXML private TableColumn<BackupService.Listing, String> timeColumn;
    @FXML private TableColumn<BackupService.Listing, String> sizeColumn;
    @FXML private TableColumn<BackupService.Listing, String> contentColumn;
    @FXML private TextField secondField;
    @FXML private Label auditLabel;
    @FXML private Label passwordLabel;
    @FXML private Button setPasswordButton;
    @FXML private Button changePasswordButton;
    @FXML private Button removePasswordButton;
    @FXML private Button restoreButton;
    @FXML private Label statusLabel;
    @FXML private Label moveLabel;
    @FXML private Button moveToServerButton;
    @FXML private Button moveToFolderButton;

    public DataSafetyView(UiContext ui, DataSession session, MainWindow window) {
        this.ui = ui;
        this.session = session;
        this.window = window;
        this.root = ViewLoader.load(this, ui.messages());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        var rotation = ui.app().settings().backupRotation();
        backupHint.setText(ui.text("safety.backups.hint", ui.app().backups().folder(), rotation.days(), rotation.weeks(),
                rotation.months()));
        timeColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().takenAt().format(TIME)));
        sizeColumn.setCellValueFactory(c -> new SimpleStringProperty(Backups.size(c.getValue().size())));
        contentColumn.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().summary() == null
                ? ui.text("backup.list.unreadable", ui.messages().get(c.getValue().problem()))
                : ui.messages().get(Backups.describe(c.getValue().summary().counts()))));
        backupTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        restoreButton.disableProperty().bind(backupTable.getSelectionModel().selectedItemProperty().isNull());
        secondField.setText(ui.app().settings().get(Settings.BACKUP_SECOND, ""));
        boolean encrypted = session != null && session.encrypted();
        passwordLabel.setText(ui.text(encrypted ? "safety.password.on" : "safety.password.off"));
        setPasswordButton.setDisable(encrypted || session == null);
        changePasswordButton.setDisable(!encrypted);
        removePasswordButton.setDisable(!encrypted);
        var server = ui.app().database().server();
        moveLabel.setText(server.map(t -> ui.text("safety.move.hint.server", t)).orElseGet(() -> ui.text("safety.move.hint.folder")));
        moveToServerButton.setDisable(server.isPresent() || session == null);
        moveToFolderButton.setDisable(server.isEmpty() || session == null);
        reload();
    }

    @FXML
    private void onMoveToServer() {
        new MoveFlow(ui, session, window).toServer();
    }

    @FXML
    private void onMoveToFolder() {
        ui.app().database().server().ifPresent(t -> new MoveFlow(ui, session, window).toFolder(t));
    }

    void reload() {
        ui.executor().execute(BackgroundTask.of(ui.text("safety.backups"), p -> ui.app().backups().list())
                .onSuccess(backupTable.getItems()::setAll));
    }

    void status(String text) {
        statusLabel.setText(text);
    }

    @FXML
    private void onBackupNow() {
        ui.executor().execute(BackgroundTask.of(ui.text("safety.backupNow"), p -> ui.app().backups().backupNow())
                .onSuccess(r -> {
                    reload();
                    StringBuilder text = new StringBuilder(ui.text("backup.done", r.file(),
                            ui.messages().get(Backups.describe(r.summary().counts()))));
                    r.warnings().forEach(w -> text.append('\n').append(ui.messages().get(w)));
                    status(text.toString());
                }).announce(r -> ui.text("main.notify.backup", r.file().getFileName()))); // the details: the status line
    }

    @FXML
    private void onBackupTo() {
        ui.dialogs().chooseSaveFile(ui.text("safety.backupTo"), "secretariat-backup.zip", ui.text("safety.zipFiles"), "*.zip")
                .ifPresent(file -> ui.executor().execute(BackgroundTask.of(ui.text("safety.backupTo"),
                        p -> ui.app().backups().backupTo(file)).onSuccess(r -> status(ui.text("backup.done", r.file(),
                        ui.messages().get(Backups.describe(r.summary().counts())))))
                        .announce(r -> ui.text("main.notify.backup", r.file().getFileName()))));
    }

    @FXML
    private void onRestoreSelected() {
        BackupService.Listing l = backupTable.getSelectionModel().getSelectedItem();
        if (l != null) {
            new RestoreFlow(ui, session, window).start(l.file());
        }
    }

    @FXML
    private void onRestoreFile() {
        ui.dialogs().chooseOpenFile(ui.text("safety.restoreFile"), ui.text("safety.zipFiles"), "*.zip")
                .ifPresent(file -> new RestoreFlow(ui, session, window).start(file));
    }

    @FXML
    private void onChooseSecond() {
        ui.dialogs().chooseDirectory(ui.text("safety.second")).ifPresent(d -> secondField.setText(d.toString()));
    }

    @FXML
    private void onSaveSecond() {
        String folder = secondField.getText() == null ? "" : secondField.getText().strip();
        try {
            ui.app().settings().set(Settings.BACKUP_SECOND, folder);
            status(folder.isEmpty() ? ui.text("safety.second.none")
                    : ui.text(java.nio.file.Files.isDirectory(Path.of(folder)) ? "safety.second.saved" : "safety.second.missing",
                    folder));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            ui.dialogs().showError(ui.text("safety.second"), e);
        }
    }

    @FXML
    private void onCheckAudit() {
        ui.executor().execute(BackgroundTask.of(ui.text("safety.audit.check"), p -> AuditCheck.verify(ui.app()))
                .onSuccess(this::showAudit));
    }

    private void showAudit(AuditCheck.Result r) {
        auditLabel.setText(ui.messages().get(r.text()));
        if (r.intact()) {
            auditLabel.getStyleClass().remove("field-error");
        } else {
            auditLabel.getStyleClass().add("field-error");
        }
    }

    @FXML
    private void onSetPassword() {
        new PasswordFlow(ui, session, window).set();
    }

    @FXML
    private void onChangePassword() {
        new PasswordFlow(ui, session, window).change();
    }

    @FXML
    private void onRemovePassword() {
        new PasswordFlow(ui, session, window).remove();
    }

}
