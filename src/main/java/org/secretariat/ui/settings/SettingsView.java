package org.secretariat.ui.settings;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.secretariat.persistence.Settings;
import org.secretariat.ui.Choice;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.ViewLoader;

/** Settings: the language of the window and documents' labels, and the name recorded in the audit trail. */
public final class SettingsView {

    private final UiContext ui;
    private final Consumer<String> onLanguageChanged;
    private final Parent root;

    @FXML private ComboBox<Choice<String>> languageBox;
    @FXML private TextField operatorField;
    @FXML private Label dataDirLabel;
    @FXML private Label charterLabel;
    @FXML private Label savedLabel;
    @FXML private javafx.scene.control.ListView<org.secretariat.charter.HolidayCalendar.Day> calendarList;
    @FXML private javafx.scene.control.DatePicker dayPicker;
    @FXML private ComboBox<Choice<Boolean>> dayKindBox;
    @FXML private TextField dayNameField;
    @FXML private Label arrangedLabel;

    public SettingsView(UiContext ui, Consumer<String> onLanguageChanged) {
        this.ui = ui;
        this.onLanguageChanged = onLanguageChanged;
        this.root = ViewLoader.load(this, ui.messages());
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        List<Choice<String>> languages = List.of(new Choice<>("zh", "简体中文"), new Choice<>("en", "English"));
        languageBox.getItems().setAll(languages);
        Settings settings = ui.app().settings();
        languageBox.setValue(languages.stream().filter(c -> c.value().equals(settings.language())).findFirst()
                .orElse(languages.get(0)));
        operatorField.setText(settings.get(Settings.OPERATOR, ""));
        dataDirLabel.setText(ui.app().dataDir().toAbsolutePath().toString());
        charterLabel.setText(ui.app().charter().map(c -> ui.text("main.charter", c.displayName())).orElse(""));
        dayKindBox.getItems().setAll(new Choice<>(true, ui.text("settings.calendar.holiday")),
                new Choice<>(false, ui.text("settings.calendar.workday")));
        dayKindBox.setValue(dayKindBox.getItems().get(0));
        org.secretariat.ui.DateFields.install(dayPicker);
        calendarList.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.secretariat.charter.HolidayCalendar.Day d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.day() + "　" + d.day().getDayOfWeek().getDisplayName(
                        java.time.format.TextStyle.SHORT, ui.messages().locale()) + "　"
                        + ui.text(d.holiday() ? "settings.calendar.holiday" : "settings.calendar.workday") + "　" + d.name());
            }
        });
        calendarList.getSelectionModel().selectedItemProperty().addListener((o, a, d) -> {
            if (d != null) {
                dayPicker.setValue(d.day());
                dayKindBox.setValue(dayKindBox.getItems().get(d.holiday() ? 0 : 1));
                dayNameField.setText(d.name());
            }
        });
        reloadCalendar();
    }

    private void reloadCalendar() {
        ui.executor().execute(org.secretariat.ui.BackgroundTask.of(ui.text("settings.calendar"),
                p -> ui.app().calendar().days()).onSuccess(calendarList.getItems()::setAll));
        ui.executor().execute(org.secretariat.ui.BackgroundTask.of(ui.text("settings.calendar"),
                p -> ui.app().calendar().arrangedYears()).onSuccess(years -> arrangedLabel.setText(ui.text(
                        "settings.calendar.arranged", years.isEmpty() ? ui.text("settings.calendar.arranged.none")
                                : String.join("、", years.stream().map(String::valueOf).toList())))));
    }

    /** The year of the chosen date is marked as entered in full from the State Council's notice. */
    @FXML
    private void onMarkArranged() {
        setArranged(true);
    }

    @FXML
    private void onUnmarkArranged() {
        setArranged(false);
    }

    private void setArranged(boolean arranged) {
        java.time.LocalDate day = dayPicker.getValue();
        if (day == null) {
            savedLabel.setText(ui.text("settings.calendar.chooseYear"));
            return;
        }
        ui.executor().execute(org.secretariat.ui.BackgroundTask.of(ui.text("settings.calendar"), p -> {
            ui.app().calendar().setArranged(day.getYear(), arranged);
            return null;
        }).onSuccess(x -> reloadCalendar()));
    }

    @FXML
    private void onAddDay() {
        java.time.LocalDate day = dayPicker.getValue();
        String name = dayNameField.getText();
        boolean holiday = dayKindBox.getValue().value();
        if (day == null || name == null || name.isBlank()) {
            savedLabel.setText(ui.text("settings.calendar.required"));
            return;
        }
        ui.executor().execute(org.secretariat.ui.BackgroundTask.of(ui.text("settings.calendar"), p -> {
            ui.app().calendar().save(day, holiday, name);
            return null;
        }).onSuccess(x -> reloadCalendar()));
    }

    @FXML
    private void onRemoveDay() {
        var d = calendarList.getSelectionModel().getSelectedItem();
        if (d != null) {
            ui.executor().execute(org.secretariat.ui.BackgroundTask.of(ui.text("settings.calendar"), p -> {
                ui.app().calendar().delete(d.day());
                return null;
            }).onSuccess(x -> reloadCalendar()));
        }
    }

    @FXML
    private void onSave() {
        Settings settings = ui.app().settings();
        String before = settings.language();
        try {
            settings.set(Settings.OPERATOR, operatorField.getText().strip());
            settings.set(Settings.LANGUAGE, languageBox.getValue().value());
        } catch (IOException e) {
            ui.dialogs().showError(ui.text("settings.title"), e);
            return;
        }
        savedLabel.setText(ui.text("settings.saved"));
        if (!before.equals(settings.language())) {
            onLanguageChanged.accept(settings.language());
        }
    }
}
