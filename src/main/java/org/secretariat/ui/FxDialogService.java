package org.secretariat.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.secretariat.i18n.Messages;

/** Dialogs with JavaFX alerts and file choosers, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Messages messages;
    private Window owner;
    private File lastDirectory;

    public FxDialogService(Messages messages) {
        this.messages = messages;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, Throwable error) {
        showError(title, UserMessages.describe(error, messages));
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = alert(type, title, message);
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        // the buttons in the app's language, not the operating system's
        alert.getButtonTypes().setAll(type == Alert.AlertType.CONFIRMATION
                ? java.util.List.of(ok(messages), cancel(messages)) : java.util.List.of(ok(messages)));
        titled(alert, title, message);
        return alert;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        return alert.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    @Override
    public boolean confirmCarefully(String title, String message, String confirmLabel, String cancelLabel) {
        Alert alert = carefulConfirmation(title, message, confirmLabel, cancelLabel);
        alert.initOwner(owner);
        return alert.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OTHER).isPresent();
    }

    /**
     * A confirmation whose default button (Enter) and focus are on {@code cancelLabel}: the act must
     * be chosen with the mouse or Tab, never by pressing Enter through the dialog.
     */
    static Alert carefulConfirmation(String title, String message, String confirmLabel, String cancelLabel) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        ButtonType act = new ButtonType(confirmLabel, ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(cancelLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(act, keep);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(act)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        titled(alert, title, message);
        return alert;
    }

    /** The title as window title and header, and the message as a wrapped label: every alert of ours. */
    private static void titled(Alert alert, String title, String message) {
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
    }

    static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("form.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    @Override
    public LeaveGuard.Choice askUnsaved(String title, String message) {
        Alert alert = unsavedQuestion(messages, title, message);
        alert.initOwner(owner);
        return answer(alert.showAndWait().orElse(null));
    }

    /** 保存 (default), 不保存, 取消 (Esc and the close box) in the app's language. */
    static Alert unsavedQuestion(Messages messages, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        ButtonType save = new ButtonType(messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType stay = new ButtonType(messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(save, discard, stay);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(save)).setDefaultButton(true);
        titled(alert, title, message);
        return alert;
    }

    static LeaveGuard.Choice answer(ButtonType button) {
        if (button == null) {
            return LeaveGuard.Choice.CANCEL;
        }
        return switch (button.getButtonData()) {
            case YES -> LeaveGuard.Choice.SAVE;
            case NO -> LeaveGuard.Choice.DISCARD;
            default -> LeaveGuard.Choice.CANCEL;
        };
    }

    @Override
    public Optional<String> askText(String title, String question, String initial) {
        javafx.scene.control.TextInputDialog d = textDialog(messages, title, question, initial);
        d.initOwner(owner);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /** JavaFX's text dialog with our title and buttons instead of its 「Confirmation」 and OK/Cancel. */
    static javafx.scene.control.TextInputDialog textDialog(Messages messages, String title, String question,
            String initial) {
        javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog(initial == null ? "" : initial);
        d.getDialogPane().getButtonTypes().setAll(ok(messages), cancel(messages));
        d.setTitle(title);
        d.setHeaderText(question);
        return d;
    }

    @Override
    public Optional<char[]> askPassword(String title, String message, String problem) {
        return PasswordDialogs.ask(owner, messages, title, message, problem);
    }

    @Override
    public Optional<char[]> askNewPassword(String title, String warning) {
        return PasswordDialogs.askNew(owner, messages, title, warning);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String description, String... extensions) {
        FileChooser chooser = chooser(title, description, extensions);
        File f = chooser.showOpenDialog(owner);
        return remember(f);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String description, String... extensions) {
        FileChooser chooser = chooser(title, description, extensions);
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(owner);
        return remember(f);
    }

    @Override
    public Optional<Path> chooseDirectory(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        File f = chooser.showDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        lastDirectory = f;
        return Optional.of(f.toPath());
    }

    private FileChooser chooser(String title, String description, String... extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, extensions));
        if (lastDirectory != null && lastDirectory.isDirectory()) {
            chooser.setInitialDirectory(lastDirectory);
        }
        return chooser;
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        lastDirectory = f.getParentFile();
        return Optional.of(f.toPath());
    }
}
