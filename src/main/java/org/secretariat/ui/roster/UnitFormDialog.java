package org.secretariat.ui.roster;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.UnitType;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.DateFields;
import org.secretariat.ui.LeaveGuard;
import org.secretariat.ui.MainWindow;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.UnsavedWork;
import org.secretariat.ui.ViewLoader;

/** The add/edit window of a unit; binds the form to {@link UnitFormViewModel} and forwards the buttons. */
public final class UnitFormDialog {

    private final UiContext ui;
    private final UnitFormViewModel model;
    private final Runnable onSaved;
    private Stage stage;

    @FXML private TextField nameField;
    @FXML private Label nameMessage;
    @FXML private TextField creditCodeField;
    @FXML private Label creditCodeMessage;
    @FXML private CheckBox creditCodeConfirmed;
    @FXML private ComboBox<Choice<UnitType>> typeBox;
    @FXML private ComboBox<Choice<String>> tierBox;
    @FXML private Label tierMessage;
    @FXML private ComboBox<Choice<MemberStatus>> statusBox;
    @FXML private DatePicker joinDatePicker;
    @FXML private TextField legalField;
    @FXML private TextField addressField;
    @FXML private TextField contactField;
    @FXML private TextField phoneField;
    @FXML private Label phoneMessage;
    @FXML private TextField emailField;
    @FXML private Label emailMessage;
    @FXML private TextArea remarksArea;
    @FXML private Label otherMessage;
    @FXML private ListView<PersonDraft> peopleList;
    @FXML private Button removePersonButton;
    @FXML private Button replacePersonButton;
    @FXML private TextField personName;
    @FXML private ComboBox<String> personRole;
    @FXML private TextField personTitle;
    @FXML private DatePicker personStart;
    @FXML private DatePicker personEnd;
    @FXML private TextField personPhone;
    @FXML private TextField personEmail;
    @FXML private Label personMessage;
    @FXML private Button saveButton;

    private UnitFormDialog(UiContext ui, UnitFormViewModel model, Runnable onSaved) {
        this.ui = ui;
        this.model = model;
        this.onSaved = onSaved;
    }

    /** Opens the form for a new unit ({@code unitId} null) or loads the unit first, in the background. */
    public static void open(UiContext ui, RosterViewModel roster, Long unitId, Window owner) {
        List<org.secretariat.service.roster.UnitRow> others = List.copyOf(roster.allRows());
        Runnable reload = () -> roster.reload(() -> { });
        if (unitId == null) {
            show(ui, new UnitFormViewModel(ui, new UnitDraft(), others), reload, owner, ui.text("form.title.add"));
            return;
        }
        ui.executor().execute(BackgroundTask.of(ui.text("roster.task.details"), p -> ui.app().roster().draft(unitId))
                .onSuccess(d -> d.ifPresent(draft -> show(ui, new UnitFormViewModel(ui, draft, others), reload, owner,
                        ui.text("form.title.edit", draft.name)))));
    }

    private static void show(UiContext ui, UnitFormViewModel model, Runnable onSaved, Window owner, String title) {
        UnitFormDialog view = new UnitFormDialog(ui, model, onSaved);
        Parent root = ViewLoader.load(view, ui.messages());
        view.stage = new Stage();
        view.stage.initOwner(owner);
        view.stage.initModality(Modality.WINDOW_MODAL);
        view.stage.setTitle(title);
        Scene scene = new Scene(root);
        MainWindow.style(scene);
        view.stage.setScene(scene);
        view.stage.setOnCloseRequest(e -> {
            if (!view.mayClose()) {
                e.consume();
            }
        });
        view.stage.show();
    }

    @FXML
    private void initialize() {
        nameField.textProperty().bindBidirectional(model.name);
        creditCodeField.textProperty().bindBidirectional(model.creditCode);
        creditCodeConfirmed.selectedProperty().bindBidirectional(model.creditCodeConfirmed);
        creditCodeConfirmed.visibleProperty().bind(model.codeWarningProperty());
        creditCodeConfirmed.managedProperty().bind(model.codeWarningProperty());
        typeBox.getItems().setAll(model.typeChoices);
        typeBox.valueProperty().bindBidirectional(model.unitType);
        tierBox.getItems().setAll(model.tierChoices);
        tierBox.valueProperty().bindBidirectional(model.tier);
        statusBox.getItems().setAll(model.statusChoices);
        statusBox.valueProperty().bindBidirectional(model.status);
        DateFields.install(joinDatePicker);
        joinDatePicker.valueProperty().bindBidirectional(model.joinDate);
        legalField.textProperty().bindBidirectional(model.legalRepresentative);
        addressField.textProperty().bindBidirectional(model.address);
        contactField.textProperty().bindBidirectional(model.contactName);
        phoneField.textProperty().bindBidirectional(model.phone);
        emailField.textProperty().bindBidirectional(model.email);
        remarksArea.textProperty().bindBidirectional(model.remarks);
        message(nameMessage, nameField, model.messageFor("name"));
        message(creditCodeMessage, creditCodeField, model.messageFor("creditCode"));
        message(tierMessage, tierBox, model.messageFor("tier"));
        message(phoneMessage, phoneField, model.messageFor("phone"));
        message(emailMessage, emailField, model.messageFor("email"));
        otherMessage.textProperty().bind(model.messageFor("legalRepresentative").concat(model.messageFor("address"))
                .concat(model.messageFor("contactName")).concat(model.messageFor("remarks")).concat(model.messageFor("people")));

        peopleList.setItems(model.people);
        peopleList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PersonDraft p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.name() + "　" + p.role()
                        + (p.termStart() == null && p.termEnd() == null ? ""
                        : "　" + Objects.toString(p.termStart(), "") + " ~ " + Objects.toString(p.termEnd(), "")));
            }
        });
        peopleList.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                model.person.edit(p);
            }
        });
        removePersonButton.disableProperty().bind(peopleList.getSelectionModel().selectedItemProperty().isNull());
        replacePersonButton.disableProperty().bind(peopleList.getSelectionModel().selectedItemProperty().isNull());
        personName.textProperty().bindBidirectional(model.person.name);
        personRole.getItems().setAll(model.person.roleSuggestions());
        personRole.valueProperty().bindBidirectional(model.person.role);
        personTitle.textProperty().bindBidirectional(model.person.title);
        DateFields.install(personStart);
        DateFields.install(personEnd);
        personStart.valueProperty().bindBidirectional(model.person.termStart);
        personEnd.valueProperty().bindBidirectional(model.person.termEnd);
        personPhone.textProperty().bindBidirectional(model.person.phone);
        personEmail.textProperty().bindBidirectional(model.person.email);
        personMessage.textProperty().bind(model.person.messageProperty());
        saveButton.disableProperty().bind(model.canSaveProperty().not().or(model.savingProperty()));
    }

    /** Field errors beside the field (ControlsFX), not in a label that would push the fields below down. */
    private final org.controlsfx.validation.ValidationSupport validation = org.secretariat.ui.FieldDecorations.support();

    private void message(Label label, javafx.scene.control.Control field, ReadOnlyStringProperty text) {
        label.textProperty().bind(text);
        label.setVisible(false);
        label.setManaged(false);
        org.secretariat.ui.FieldDecorations.show(validation, field, text);
        text.addListener((o, a, b) -> {
            field.getStyleClass().remove("invalid");
            if (!b.isEmpty()) {
                field.getStyleClass().add("invalid");
            }
        });
    }

    @FXML
    private void onAddPerson() {
        personRole.setValue(personRole.getEditor().getText());
        model.addPerson();
    }

    @FXML
    private void onReplacePerson() {
        personRole.setValue(personRole.getEditor().getText());
        model.replacePerson(peopleList.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void onRemovePerson() {
        model.removePerson(peopleList.getSelectionModel().getSelectedIndex());
    }

    @FXML
    private void onSave() {
        model.save(id -> {
            stage.close();
            onSaved.run();
        });
    }

    /** 取消, Esc and the close box: typed changes are not thrown away without 保存/不保存/取消. */
    @FXML
    private void onCancel() {
        if (mayClose()) {
            stage.close();
        }
    }

    private boolean mayClose() {
        return LeaveGuard.mayLeave(new UnsavedWork() {
            @Override
            public boolean hasUnsavedChanges() {
                return model.hasUnsavedChanges();
            }

            @Override
            public String describeUnsaved() {
                return model.describeUnsaved();
            }

            @Override
            public boolean saveUnsaved() {
                onSave(); // closes the form once saved; until then (or if refused) the form stays
                return false;
            }

            @Override
            public void discardUnsaved() {
                model.discardUnsaved();
            }
        }, ui.dialogs(), ui.messages());
    }
}
