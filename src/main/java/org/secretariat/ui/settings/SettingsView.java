package org.secretariat.ui.settings;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.secretariat.ui.Choice;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.ViewLoader;

/** Settings: the language of the window and documents' labels, and the name recorded in the audit trail. */
public final class SettingsView {

    private final UiContext ui;
    private final Consumer<String> onLanguageChanged;
    private final Consumer<String> onRenamed;
    private final SettingsViewModel model;
    private final Parent root;

    @FXML private ComboBox<Choice<String>> languageBox;
    @FXML private TextField operatorField;
    @FXML private Label dataDirLabel;
    @FXML private javafx.scene.control.Button connectButton;
    @FXML private javafx.scene.control.Button useFolderButton;
    /** Where the data is, and the switch between this PC's folder and the office server (none in tests). */
    private org.secretariat.ui.ServerConnectFlow dataPlace;
    @FXML private Label charterLabel;
    @FXML private Label savedLabel;
    @FXML private javafx.scene.control.ListView<org.secretariat.charter.HolidayCalendar.Day> calendarList;
    @FXML private javafx.scene.control.DatePicker dayPicker;
    @FXML private ComboBox<Choice<Boolean>> dayKindBox;
    @FXML private TextField dayNameField;
    @FXML private Label arrangedLabel;
    @FXML private TextField orgNameField;
    @FXML private TextField orgShortNameField;
    @FXML private TextField orgCreditCodeField;
    @FXML private TextField orgSeatField;
    @FXML private TextField orgAddressField;
    @FXML private TextField orgContactField;
    @FXML private TextField orgLegalField;
    @FXML private TextField orgPhoneField;
    @FXML private TextField orgEmailField;
    @FXML private Label orgStatusLabel;
    @FXML private javafx.scene.control.ListView<String> orgHistoryList;
    @FXML private javafx.scene.control.ListView<org.secretariat.charter.CharterCatalog.Entry> charterList;
    @FXML private javafx.scene.control.Button copyCharterButton;

    public SettingsView(UiContext ui, Consumer<String> onLanguageChanged) {
        this(ui, onLanguageChanged, name -> { });
    }

    /** {@code onRenamed} gets the organisation's new name, for the window's title and header. */
    public SettingsView(UiContext ui, Consumer<String> onLanguageChanged, Consumer<String> onRenamed) {
        this.ui = ui;
        this.onLanguageChanged = onLanguageChanged;
        this.onRenamed = onRenamed;
        this.model = new SettingsViewModel(ui);
        this.root = ViewLoader.load(this, ui.messages());
        org.secretariat.ui.UnsavedWork.attach(root, new org.secretariat.ui.UnsavedWork() {
            @Override
            public boolean hasUnsavedChanges() {
                return model.organisationChanged() || model.settingsChanged();
            }

            @Override
            public String describeUnsaved() {
                return ui.text(model.organisationChanged() ? "settings.unsaved.org" : "settings.unsaved.settings");
            }

            @Override
            public boolean saveUnsaved() {
                return (!model.organisationChanged() || saveOrganisation()) && (!model.settingsChanged() || saveSettings());
            }

            @Override
            public void discardUnsaved() {
                model.discard();
            }
        });
    }

    /** Offers the switch between this PC's folder and the office server (the window's session does it). */
    public SettingsView withDataPlace(org.secretariat.ui.ServerConnectFlow flow) {
        this.dataPlace = flow;
        boolean onServer = ui.app().database().server().isPresent();
        connectButton.setVisible(true);
        connectButton.setText(ui.text(onServer ? "server.connect.other" : "server.connect.button"));
        useFolderButton.setVisible(onServer);
        return this;
    }

    @FXML
    private void onConnect() {
        if (dataPlace != null) {
            dataPlace.connect(true);
        }
    }

    @FXML
    private void onUseFolder() {
        if (dataPlace != null) {
            dataPlace.useFolder();
        }
    }

    public SettingsViewModel model() {
        return model;
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        model.load();
        List<Choice<String>> languages = List.of(new Choice<>("zh", "简体中文"), new Choice<>("en", "English"));
        languageBox.getItems().setAll(languages);
        Runnable showLanguage = () -> languageBox.setValue(languages.stream()
                .filter(c -> c.value().equals(model.language.get())).findFirst().orElse(languages.get(0)));
        showLanguage.run();
        model.language.addListener((o, a, b) -> showLanguage.run());
        languageBox.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                model.language.set(b.value());
            }
        });
        operatorField.textProperty().bindBidirectional(model.operator);
        organisationFields();
        var server = ui.app().database().server();
        dataDirLabel.setText(server.map(t -> ui.text("settings.data.server", t, ui.app().dataDir().toAbsolutePath()))
                .orElse(ui.text("settings.data.folder", ui.app().dataDir().toAbsolutePath())));
        connectButton.setVisible(false);
        useFolderButton.setVisible(false);
        charterLabel.setText(org.secretariat.ui.CharterLine.of(ui));
        dayKindBox.getItems().setAll(new Choice<>(true, ui.text("settings.calendar.holiday")),
                new Choice<>(false, ui.text("settings.calendar.workday")));
        dayKindBox.setValue(dayKindBox.getItems().get(0));
        org.secretariat.ui.DateFields.install(dayPicker);
        dayPicker.setValue(model.today());
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

    private void organisationFields() {
        List<TextField> fields = List.of(orgNameField, orgShortNameField, orgCreditCodeField, orgSeatField,
                orgAddressField, orgContactField, orgPhoneField, orgEmailField, orgLegalField); // in FIELDS' order
        org.controlsfx.validation.ValidationSupport validation = org.secretariat.ui.FieldDecorations.support();
        for (int i = 0; i < fields.size(); i++) {
            String field = org.secretariat.service.SetupService.FIELDS.get(i);
            fields.get(i).textProperty().bindBidirectional(model.organisation(field));
            org.secretariat.ui.FieldDecorations.show(validation, fields.get(i), model.problemOf(field));
        }
        orgStatusLabel.textProperty().bind(model.statusProperty());
        orgHistoryList.setItems(model.history);
        charterList.setItems(model.charters);
        charterList.setCellFactory(l -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(org.secretariat.charter.CharterCatalog.Entry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : e.profile().displayName() + "　"
                        + ui.text(e.isBuiltIn() ? "setup.builtIn" : "setup.own"));
            }
        });
        copyCharterButton.disableProperty().bind(charterList.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void onSaveOrganisation() {
        saveOrganisation();
    }

    private boolean saveOrganisation() {
        String before = ui.app().setupService().organisation().map(o -> o.getName()).orElse("");
        if (!model.saveOrganisation()) {
            return false;
        }
        String after = model.organisation("name").get();
        if (!before.equals(after)) {
            onRenamed.accept(after);
        }
        return true;
    }

    @FXML
    private void onCopyCharter() {
        var original = charterList.getSelectionModel().getSelectedItem();
        org.secretariat.ui.setup.CharterCopying.copy(ui, original, root.getScene().getWindow(), id -> {
            model.reloadCharters();
            model.charters.stream().filter(e -> e.profile().id().equals(id)).findFirst()
                    .ifPresent(charterList.getSelectionModel()::select);
        });
    }

    @FXML
    private void onSave() {
        saveSettings();
    }

    private boolean saveSettings() {
        boolean languageChanged;
        try {
            languageChanged = model.saveSettings();
        } catch (IOException e) {
            ui.dialogs().showError(ui.text("settings.title"), e);
            return false;
        }
        savedLabel.setText(ui.text("settings.saved"));
        if (languageChanged) {
            onLanguageChanged.accept(model.language.get());
        }
        return true;
    }
}
