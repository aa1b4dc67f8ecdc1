package org.secretariat.ui.activities;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
import org.secretariat.service.meetings.ActivityService;
import org.secretariat.service.meetings.ActivityService.ActivityView;
import org.secretariat.service.roster.UnitRow;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.DateFields;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.ViewLoader;

/** The activity register: trainings, fairs, 推介洽谈会, study visits, and the member units that took part. */
public final class ActivitiesView {

    /** A member unit in the participant list, ticked if it took part. */
    record Participant(long id, String name, BooleanProperty took) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final UiContext ui;
    private final Parent root;
    private Long editing;

    @FXML private ListView<ActivityView> activityList;
    @FXML private TextField titleField;
    @FXML private ComboBox<Choice<String>> kindBox;
    @FXML private DatePicker datePicker;
    @FXML private TextField placeField;
    @FXML private TextField notesField;
    @FXML private ListView<Participant> unitList;
    @FXML private Button deleteButton;
    @FXML private Label messageLabel;

    public ActivitiesView(UiContext ui) {
        this.ui = ui;
        this.root = ViewLoader.load(this, ui.messages());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        for (String k : ActivityService.KINDS) {
            kindBox.getItems().add(new Choice<>(k, ui.text("activity.kind." + k)));
        }
        DateFields.install(datePicker);
        unitList.setCellFactory(CheckBoxListCell.forListView(Participant::took));
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
                show(a);
            }
        });
        onNew();
        reload();
    }

    private void reload() {
        ui.executor().execute(BackgroundTask.of(ui.text("activity.task.load"), p -> new Loaded(ui.app().activities().list(),
                ui.app().roster().list())).onSuccess(r -> {
                    activityList.getItems().setAll(r.activities());
                    Set<Long> ticked = editing == null ? Set.of() : r.activities().stream().filter(a -> a.id().equals(editing))
                            .findFirst().map(a -> Set.copyOf(a.unitIds())).orElse(Set.of());
                    unitList.getItems().setAll(r.units().stream().filter(u -> u.status().isCurrent())
                            .map(u -> new Participant(u.id(), u.name(), new SimpleBooleanProperty(ticked.contains(u.id())))).toList());
                }));
    }

    private record Loaded(List<ActivityView> activities, List<UnitRow> units) {
    }

    private void show(ActivityView a) {
        editing = a.id();
        titleField.setText(a.title());
        kindBox.getItems().stream().filter(c -> c.value().equals(a.kind())).findFirst().ifPresent(kindBox::setValue);
        datePicker.setValue(a.heldOn());
        placeField.setText(a.place() == null ? "" : a.place());
        notesField.setText(a.notes() == null ? "" : a.notes());
        unitList.getItems().forEach(p -> p.took().set(a.unitIds().contains(p.id())));
        deleteButton.setDisable(false);
        messageLabel.setText("");
    }

    @FXML
    private void onNew() {
        editing = null;
        activityList.getSelectionModel().clearSelection();
        titleField.clear();
        kindBox.setValue(kindBox.getItems().get(0));
        datePicker.setValue(ui.today());
        placeField.clear();
        notesField.clear();
        unitList.getItems().forEach(p -> p.took().set(false));
        deleteButton.setDisable(true);
        messageLabel.setText("");
    }

    @FXML
    private void onSave() {
        if (titleField.getText().isBlank() || datePicker.getValue() == null) {
            messageLabel.setText(ui.text("activity.error.required"));
            return;
        }
        ActivityView v = new ActivityView(editing, titleField.getText(), kindBox.getValue().value(), datePicker.getValue(),
                placeField.getText(), notesField.getText(),
                unitList.getItems().stream().filter(p -> p.took().get()).map(Participant::id).toList());
        ui.executor().execute(BackgroundTask.of(ui.text("activity.task.save"), p -> ui.app().activities().save(v))
                .onSuccess(id -> {
                    editing = id;
                    messageLabel.setText(ui.text("activity.saved", v.unitIds().size()));
                    reload();
                }));
    }

    @FXML
    private void onDelete() {
        if (editing != null && ui.dialogs().confirm(ui.text("roster.delete"), ui.text("activity.delete.confirm", titleField.getText()))) {
            long id = editing;
            ui.executor().execute(BackgroundTask.of(ui.text("activity.task.save"), p -> {
                ui.app().activities().delete(id);
                return null;
            }).onSuccess(x -> {
                onNew();
                reload();
            }));
        }
    }
}
