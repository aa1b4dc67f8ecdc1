package org.secretariat.ui.setup;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secretariat.charter.CharterCatalog;
import org.secretariat.charter.CharterProblem;
import org.secretariat.charter.CharterProfile;
import org.secretariat.i18n.Text;
import org.secretariat.service.SetupService;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.UiContext;

/**
 * First run: the charter profiles to choose from, the chosen one in brief, the organisation's
 * details (pre-filled from the profile), and finishing setup.
 */
public final class SetupViewModel {

    private final UiContext ui;
    final ObservableList<CharterCatalog.Entry> charters = FXCollections.observableArrayList();
    final ObjectProperty<CharterCatalog.Entry> selected = new SimpleObjectProperty<>();
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty shortName = new SimpleStringProperty("");
    final StringProperty creditCode = new SimpleStringProperty("");
    final StringProperty seat = new SimpleStringProperty("");
    final StringProperty address = new SimpleStringProperty("");
    final StringProperty legal = new SimpleStringProperty("");
    final StringProperty contact = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canFinish = new ReadOnlyBooleanWrapper(false);

    private final java.util.Map<String, ReadOnlyStringWrapper> fieldProblems = new java.util.LinkedHashMap<>();

    public SetupViewModel(UiContext ui) {
        this.ui = ui;
        selected.addListener((o, a, e) -> select(e));
        name.addListener((o, a, b) -> updateCanFinish());
        SetupService.FIELDS.forEach(f -> fieldProblems.put(f, new ReadOnlyStringWrapper("")));
        for (StringProperty p : java.util.List.of(name, shortName, creditCode, seat, address, contact, phone, email, legal)) {
            p.addListener((o, a, b) -> checkFields());
        }
    }

    /** The details as typed. */
    SetupService.Details details() {
        return new SetupService.Details(name.get(), shortName.get(), creditCode.get(), seat.get(),
                address.get(), contact.get(), phone.get(), email.get(), legal.get());
    }

    /** What is wrong with one field as typed ({@link SetupService#FIELDS}), in the user's language; empty if fine. */
    public ReadOnlyStringProperty problemOf(String field) {
        return fieldProblems.get(field).getReadOnlyProperty();
    }

    private void checkFields() {
        java.util.Map<String, Text> found = SetupService.fieldProblems(details());
        fieldProblems.forEach((f, w) -> w.set(found.containsKey(f) ? ui.messages().get(found.get(f)) : ""));
    }

    /** Loads the profiles (built-in and the user's own) in the background. */
    public void load(String selectId) {
        ui.executor().execute(BackgroundTask.of(ui.text("setup.task.load"), p -> {
            List<CharterProblem> broken = new ArrayList<>();
            List<CharterCatalog.Entry> list = ui.app().catalog().list(broken);
            return new Loaded(list, broken);
        }).onSuccess(r -> {
            charters.setAll(r.entries());
            problems.set(String.join("\n", r.broken().stream().map(p -> p.file() + ":" + p.line() + ":" + p.column()
                    + ": " + ui.messages().get(p.message())).toList()));
            charters.stream().filter(e -> e.profile().id().equals(selectId)).findFirst()
                    .or(() -> charters.stream().findFirst()).ifPresent(selected::set);
        }));
    }

    private record Loaded(List<CharterCatalog.Entry> entries, List<CharterProblem> broken) {
    }

    private void select(CharterCatalog.Entry e) {
        if (e == null) {
            summary.set("");
            updateCanFinish();
            return;
        }
        CharterProfile p = e.profile();
        SetupService.Details d = SetupService.defaultsFrom(p);
        name.set(d.name());
        shortName.set(nz(d.shortName()));
        seat.set(nz(d.secretariatSeat()));
        address.set(nz(d.address()));
        summary.set(CharterSummary.describe(p, ui.messages()));
        updateCanFinish();
    }

    private void updateCanFinish() {
        canFinish.set(selected.get() != null && !name.get().isBlank());
    }

    /** Sets up the organisation; {@code done} runs when it is recorded, else the problems are shown. */
    public void finish(Runnable done) {
        CharterCatalog.Entry e = selected.get();
        if (e == null) {
            return;
        }
        SetupService.Details d = details();
        ui.executor().execute(BackgroundTask.of(ui.text("setup.task.finish"), p -> ui.app().setUp(e.profile(), d))
                .onSuccess(list -> {
                    if (list.isEmpty()) {
                        done.run();
                    } else {
                        problems.set(String.join("\n", list.stream().map((Text t) -> ui.messages().get(t)).toList()));
                    }
                }));
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canFinishProperty() {
        return canFinish.getReadOnlyProperty();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
