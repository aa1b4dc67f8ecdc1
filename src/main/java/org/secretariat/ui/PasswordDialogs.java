package org.secretariat.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.secretariat.i18n.Messages;

/** The password dialogs: one field to open data, two fields and an acknowledgement to set one. */
final class PasswordDialogs {

    private PasswordDialogs() {
    }

    static Optional<char[]> ask(Window owner, Messages messages, String title, String message, String problem) {
        Dialog<ButtonType> dialog = dialog(owner, messages, title);
        PasswordField field = new PasswordField();
        field.setId("passwordField");
        VBox box = new VBox(10, wrapped(message));
        if (problem != null) {
            Label p = wrapped(problem);
            p.setId("passwordProblem");
            p.getStyleClass().add("field-error");
            box.getChildren().add(p);
        }
        box.getChildren().add(field);
        dialog.getDialogPane().setContent(box);
        Node ok = okButton(dialog);
        ok.disableProperty().bind(field.textProperty().isEmpty());
        field.requestFocus();
        dialog.setOnShown(e -> field.requestFocus());
        return dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).map(b -> field.getText().toCharArray());
    }

    static Optional<char[]> askNew(Window owner, Messages messages, String title, String warning) {
        Dialog<ButtonType> dialog = dialog(owner, messages, title);
        PasswordField first = new PasswordField();
        first.setId("newPasswordField");
        first.setPromptText(messages.get("password.new"));
        PasswordField again = new PasswordField();
        again.setId("againPasswordField");
        again.setPromptText(messages.get("password.again"));
        Label mismatch = wrapped(messages.get("password.mismatchLive"));
        mismatch.getStyleClass().add("field-error");
        mismatch.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> !again.getText().isEmpty() && !again.getText().equals(first.getText()),
                first.textProperty(), again.textProperty()));
        Label warn = wrapped(warning);
        warn.getStyleClass().add("field-warning");
        CheckBox understood = new CheckBox(messages.get("password.understood"));
        understood.setId("understoodBox");
        understood.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, warn, first, again, mismatch, understood));
        Node ok = okButton(dialog);
        ok.disableProperty().bind(Bindings.createBooleanBinding(
                () -> first.getText().isEmpty() || !first.getText().equals(again.getText()) || !understood.isSelected(),
                first.textProperty(), again.textProperty(), understood.selectedProperty()));
        dialog.setOnShown(e -> first.requestFocus());
        Optional<char[]> result = dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> first.getText().toCharArray());
        return result;
    }

    private static Dialog<ButtonType> dialog(Window owner, Messages messages, String title) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().getButtonTypes().addAll(FxDialogService.ok(messages), FxDialogService.cancel(messages));
        dialog.getDialogPane().setPrefWidth(480);
        return dialog;
    }

    private static Node okButton(Dialog<ButtonType> dialog) {
        return dialog.getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst()
                .map(b -> dialog.getDialogPane().lookupButton(b)).orElseThrow();
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(440);
        return l;
    }
}
