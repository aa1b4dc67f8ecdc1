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
        charterLabel.setText(ui.app().charter().map(c -> c.id() + " — " + c.organisation().name()).orElse(""));
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
