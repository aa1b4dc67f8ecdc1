package org.secretariat.ui.setup;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.secretariat.charter.CharterCatalog;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.ViewLoader;

/** The first-run screen: pick the charter (or a copy to adapt) and enter the organisation's details. */
public final class SetupView {

    private final UiContext ui;
    private final SetupViewModel model;
    private final Runnable onDone;
    private final Parent root;

    @FXML private ListView<CharterCatalog.Entry> charterList;
    @FXML private Button copyButton;
    @FXML private Button editButton;
    @FXML private TextArea summaryArea;
    @FXML private TextField nameField;
    @FXML private TextField shortNameField;
    @FXML private TextField creditCodeField;
    @FXML private TextField seatField;
    @FXML private TextField addressField;
    @FXML private TextField legalField;
    @FXML private TextField contactField;
    @FXML private TextField phoneField;
    @FXML private TextField emailField;
    @FXML private Label problemLabel;
    @FXML private Button finishButton;
    @FXML private Button connectButton;
    @FXML private javafx.scene.layout.HBox serverRow;
    @FXML private Label serverHint;
    private final Runnable onConnect;

    public SetupView(UiContext ui, Runnable onDone) {
        this(ui, onDone, null);
    }

    /** {@code onConnect}: 「连接办公室服务器…」, for a PC joining data already on the office's server. */
    public SetupView(UiContext ui, Runnable onDone, Runnable onConnect) {
        this.ui = ui;
        this.onConnect = onConnect;
        this.model = new SetupViewModel(ui);
        this.onDone = onDone;
        this.root = ViewLoader.load(this, ui.messages());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        charterList.setItems(model.charters);
        charterList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CharterCatalog.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.profile().displayName() + "\n"
                        + (e.isBuiltIn() ? ui.text("setup.builtIn") : ui.text("setup.own")));
            }
        });
        charterList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.selected.set(b);
            }
        });
        model.selected.addListener((o, a, b) -> charterList.getSelectionModel().select(b));
        copyButton.disableProperty().bind(model.selected.isNull());
        editButton.disableProperty().bind(model.selected.isNull());
        summaryArea.textProperty().bind(model.summaryProperty());
        nameField.textProperty().bindBidirectional(model.name);
        shortNameField.textProperty().bindBidirectional(model.shortName);
        creditCodeField.textProperty().bindBidirectional(model.creditCode);
        seatField.textProperty().bindBidirectional(model.seat);
        addressField.textProperty().bindBidirectional(model.address);
        legalField.textProperty().bindBidirectional(model.legal);
        contactField.textProperty().bindBidirectional(model.contact);
        phoneField.textProperty().bindBidirectional(model.phone);
        emailField.textProperty().bindBidirectional(model.email);
        problemLabel.textProperty().bind(model.problemsProperty());
        finishButton.disableProperty().bind(model.canFinishProperty().not());
        org.controlsfx.validation.ValidationSupport validation = org.secretariat.ui.FieldDecorations.support();
        java.util.List<TextField> fields = java.util.List.of(nameField, shortNameField, creditCodeField, seatField,
                addressField, contactField, phoneField, emailField, legalField); // in FIELDS' order
        for (int i = 0; i < fields.size(); i++) {
            org.secretariat.ui.FieldDecorations.show(validation, fields.get(i),
                    model.problemOf(org.secretariat.service.SetupService.FIELDS.get(i)));
        }
        var server = ui.app().database().server();
        serverRow.setVisible(onConnect != null || server.isPresent());
        serverRow.setManaged(serverRow.isVisible());
        server.ifPresent(t -> { // connected to an empty server database: this first setup is everyone's
            serverHint.setText(ui.text("setup.server.empty", t));
            connectButton.setText(ui.text("server.connect.other"));
            connectButton.setVisible(onConnect != null);
        });
        model.load(null);
    }

    @FXML
    private void onCopy() {
        CharterCopying.copy(ui, model.selected.get(), root.getScene().getWindow(), model::load);
    }

    @FXML
    private void onEdit() {
        CharterCatalog.Entry e = model.selected.get();
        if (e.isBuiltIn()) {
            ui.dialogs().showInfo(ui.text("setup.edit"), ui.text("setup.edit.builtIn"));
            return;
        }
        CharterEditor.open(ui, e.file(), () -> model.load(e.profile().id()), root.getScene().getWindow());
    }

    @FXML
    private void onConnect() {
        if (onConnect != null) {
            onConnect.run();
        }
    }

    @FXML
    private void onFinish() {
        model.finish(onDone);
    }
}
