package org.secretariat.ui.activities;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import org.secretariat.service.meetings.ActivityService.ActivityView;
import org.secretariat.ui.Choice;
import org.secretariat.ui.DateFields;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.ViewLoader;

/** The activity register: trainings, fairs, 推介洽谈会, study visits, and the member units that took part. */
public final class ActivitiesView {

    private final UiContext ui;
    private final ActivitiesViewModel model;
    private final Parent root;

    @FXML private ListView<ActivityView> activityList;
    @FXML private TextField titleField;
    @FXML private ComboBox<Choice<String>> kindBox;
    @FXML private DatePicker datePicker;
    @FXML private TextField placeField;
    @FXML private TextField notesField;
    @FXML private ListView<ActivitiesViewModel.Participant> unitList;
    @FXML private Button deleteButton;
    @FXML private Label messageLabel;

    public ActivitiesView(UiContext ui) {
        this.ui = ui;
        this.model = new ActivitiesViewModel(ui);
        this.root = ViewLoader.load(this, ui.messages());
        org.secretariat.ui.Refreshable.attach(root, model::reload);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        kindBox.getItems().setAll(model.kinds);
        kindBox.valueProperty().bindBidirectional(model.kind);
        DateFields.install(datePicker);
        datePicker.valueProperty().bindBidirectional(model.heldOn);
        titleField.textProperty().bindBidirectional(model.title);
        placeField.textProperty().bindBidirectional(model.place);
        notesField.textProperty().bindBidirectional(model.notes);
        messageLabel.textProperty().bind(model.messageProperty());
        deleteButton.disableProperty().bind(model.editing.isNull());
        unitList.setItems(model.units);
        unitList.setCellFactory(CheckBoxListCell.forListView(ActivitiesViewModel.Participant::took));
        activityList.setItems(model.activities);
        activityList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ActivityView a, boolean empty) {
                super.updateItem(a, empty);
                setText(empty || a == null ? null : a.heldOn() + "  " + ui.text("activity.kind." + a.kind()) + "\n" + a.title()
                        + "　" + ui.text("activity.count", a.unitIds().size()));
            }
        });
        activityList.getSelectionModel().selectedItemProperty().addListener((o, x, a) -> {
            if (a != null) {
                model.show(a);
            }
        });
        model.reload();
    }

    @FXML
    private void onNew() {
        activityList.getSelectionModel().clearSelection();
        model.startNew();
    }

    @FXML
    private void onSave() {
        model.save();
    }

    @FXML
    private void onDelete() {
        model.delete(() -> activityList.getSelectionModel().clearSelection());
    }
}
