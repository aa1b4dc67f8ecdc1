package org.secretariat.ui.settings;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secretariat.charter.CharterCatalog;
import org.secretariat.domain.AuditEntry;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.Settings;
import org.secretariat.service.EditConflict;
import org.secretariat.service.SetupService;
import org.secretariat.ui.AuditText;
import org.secretariat.ui.UiContext;

/**
 * Settings without the screen: the language and operator name, the organisation's details (checked
 * by {@link SetupService#fieldProblems}, the check setup uses, and audited when saved), their
 * change history, and the charter profiles to copy. Reads and writes synchronously (one row, one
 * small file), so it is tested without the FX thread.
 */
public final class SettingsViewModel {

    private final UiContext ui;
    final StringProperty language = new SimpleStringProperty("zh");
    final StringProperty operator = new SimpleStringProperty("");
    private final Map<String, StringProperty> organisation = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    final ObservableList<String> history = FXCollections.observableArrayList();
    final ObservableList<CharterCatalog.Entry> charters = FXCollections.observableArrayList();
    private Map<String, String> savedOrganisation = Map.of();
    /** The details' version as loaded, sent back with a save (null before setup: not checked). */
    private Long savedVersion;
    private String savedLanguage = "zh";
    private String savedOperator = "";

    public SettingsViewModel(UiContext ui) {
        this.ui = ui;
        for (String f : SetupService.FIELDS) {
            StringProperty p = new SimpleStringProperty("");
            p.addListener((o, a, b) -> checkFields());
            organisation.put(f, p);
            problems.put(f, new ReadOnlyStringWrapper(""));
        }
    }

    /** Today by the app's clock (the calendar's date picker starts there). */
    public LocalDate today() {
        return ui.today();
    }

    /** Reads the settings, the organisation's details and history, and the charter profiles. */
    public void load() {
        Settings settings = ui.app().settings();
        savedLanguage = settings.language();
        savedOperator = settings.get(Settings.OPERATOR, "");
        language.set(savedLanguage);
        operator.set(savedOperator);
        loadOrganisation();
        reloadCharters();
    }

    /** The organisation's details as stored, their version and history, over whatever was typed. */
    private void loadOrganisation() {
        var loaded = ui.app().setupService().loaded();
        SetupService.Details d = loaded.map(SetupService.Loaded::details).orElse(new SetupService.Details(
                "", "", "", "", "", "", "", "", ""));
        Map<String, String> values = asMap(d);
        values.forEach((f, v) -> organisation.get(f).set(v));
        savedOrganisation = values;
        savedVersion = loaded.map(SetupService.Loaded::version).orElse(null);
        history.setAll(ui.app().setupService().history().stream().map(this::describe).toList());
    }

    /**
     * After another PC saved the details first: the stored details, with the fields typed here
     * (those differing from what was loaded) laid over them, at the stored version — so a second
     * save is a deliberate overwrite of those fields only (decision 0018).
     */
    private void reloadKeepingTyped() {
        Map<String, String> typed = typed();
        Map<String, String> base = savedOrganisation;
        loadOrganisation();
        typed.forEach((f, v) -> {
            if (!Objects.equals(v, base.get(f))) {
                organisation.get(f).set(v);
            }
        });
    }

    /** The charter profiles again (after a copy was saved), leaving typed details alone. */
    public void reloadCharters() {
        charters.setAll(ui.app().catalog().list(new java.util.ArrayList<>()));
    }

    /** One detail of the organisation as typed, by its name in {@link SetupService#FIELDS}. */
    public StringProperty organisation(String field) {
        return organisation.get(field);
    }

    /** What is wrong with one detail as typed, in the user's language; empty if it is fine. */
    public ReadOnlyStringProperty problemOf(String field) {
        return problems.get(field).getReadOnlyProperty();
    }

    /** What the last save said: saved, unchanged, or why it was refused. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public SetupService.Details details() {
        Map<String, String> v = typed();
        return new SetupService.Details(v.get("name"), v.get("shortName"), v.get("creditCode"), v.get("secretariatSeat"),
                v.get("address"), v.get("contactName"), v.get("phone"), v.get("email"), v.get("legalRepresentative"));
    }

    public boolean organisationChanged() {
        return !typed().equals(savedOrganisation);
    }

    public boolean settingsChanged() {
        return !Objects.equals(language.get(), savedLanguage) || !Objects.equals(operator.get().strip(), savedOperator);
    }

    /**
     * Saves the organisation's details through {@link SetupService#update}; false (and the reasons in
     * {@link #statusProperty}) if refused. Unchanged details are not saved again.
     */
    public boolean saveOrganisation() {
        if (!organisationChanged()) {
            status.set(ui.text("settings.org.unchanged"));
            return true;
        }
        List<Text> refused;
        try {
            refused = ui.app().setupService().update(details(), savedVersion);
        } catch (EditConflict conflict) {
            reloadKeepingTyped();
            status.set(ui.messages().get(conflict.text()));
            return false;
        }
        if (!refused.isEmpty()) {
            status.set(String.join("\n", refused.stream().map(t -> ui.messages().get(t)).toList()));
            return false;
        }
        load();
        status.set(ui.text("settings.org.saved"));
        return true;
    }

    /** Saves language and operator; true if the language changed (the window relabels itself). */
    public boolean saveSettings() throws IOException {
        Settings settings = ui.app().settings();
        settings.set(Settings.OPERATOR, operator.get().strip());
        settings.set(Settings.LANGUAGE, language.get());
        boolean languageChanged = !savedLanguage.equals(settings.language());
        savedLanguage = settings.language();
        savedOperator = operator.get().strip();
        return languageChanged;
    }

    /** Back to what is saved. */
    public void discard() {
        language.set(savedLanguage);
        operator.set(savedOperator);
        savedOrganisation.forEach((f, v) -> organisation.get(f).set(v));
    }

    /** 「2026-12-05 09:30  张三  修改\n    联系电话：— → 0318-2345678」 */
    String describe(AuditEntry e) {
        // setup's own line names the charter by id: only the organisation's fields are shown
        return AuditText.describe(e, ui, SetupService.FIELDS::contains, field -> ui.text("field.org." + field), (field, value) -> value);
    }

    private Map<String, String> typed() {
        Map<String, String> v = new LinkedHashMap<>();
        organisation.forEach((f, p) -> v.put(f, p.get() == null ? "" : p.get()));
        return v;
    }

    private void checkFields() {
        Map<String, Text> found = SetupService.fieldProblems(details());
        problems.forEach((f, w) -> w.set(found.containsKey(f) ? ui.messages().get(found.get(f)) : ""));
    }

    private static Map<String, String> asMap(SetupService.Details d) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", nz(d.name()));
        m.put("shortName", nz(d.shortName()));
        m.put("creditCode", nz(d.creditCode()));
        m.put("secretariatSeat", nz(d.secretariatSeat()));
        m.put("address", nz(d.address()));
        m.put("contactName", nz(d.contactName()));
        m.put("phone", nz(d.phone()));
        m.put("email", nz(d.email()));
        m.put("legalRepresentative", nz(d.legalRepresentative()));
        return m;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
