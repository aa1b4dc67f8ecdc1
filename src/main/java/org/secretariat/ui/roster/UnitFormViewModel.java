package org.secretariat.ui.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secretariat.domain.DatePrecision;
import org.secretariat.domain.CreditCode;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.UnitType;
import org.secretariat.service.EditConflict;
import org.secretariat.service.roster.FieldProblem;
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;
import org.secretariat.service.roster.UnitRow;
import org.secretariat.service.roster.UnitRules;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.UiContext;

/**
 * The add/edit form of a unit: its fields, its people, and validation as the user types (formats,
 * charter tiers, duplicates against the loaded roster). The service checks everything again on save.
 */
public final class UnitFormViewModel {

    static final List<String> FIELDS = List.of("name", "creditCode", "unitType", "tier", "status", "joinDate",
            "legalRepresentative", "address", "contactName", "phone", "email", "remarks", "people");

    private final UiContext ui;
    private final Long id;
    private final List<UnitRow> others;
    private UnitDraft loaded;
    /** The unit's version the form loaded, sent with the save (decision 0018). */
    private Long version;
    private String saved;
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty creditCode = new SimpleStringProperty("");
    final BooleanProperty creditCodeConfirmed = new SimpleBooleanProperty(false);
    final ObjectProperty<Choice<UnitType>> unitType = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<String>> tier = new SimpleObjectProperty<>();
    final ObjectProperty<Choice<MemberStatus>> status = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> joinDate = new SimpleObjectProperty<>();
    private LocalDate loadedJoinDate;
    private DatePrecision loadedPrecision = DatePrecision.DAY;
    final StringProperty legalRepresentative = new SimpleStringProperty("");
    final StringProperty address = new SimpleStringProperty("");
    final StringProperty contactName = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    final StringProperty email = new SimpleStringProperty("");
    final StringProperty remarks = new SimpleStringProperty("");
    final ObservableList<PersonDraft> people = FXCollections.observableArrayList();
    final PersonFormModel person;
    private final Map<String, ReadOnlyStringWrapper> messages = new HashMap<>();
    private final ReadOnlyBooleanWrapper codeWarning = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    final List<Choice<UnitType>> typeChoices = new ArrayList<>();
    final List<Choice<String>> tierChoices = new ArrayList<>();
    final List<Choice<MemberStatus>> statusChoices = new ArrayList<>();

    /** @param others the roster as loaded, to catch duplicate names and codes while typing */
    public UnitFormViewModel(UiContext ui, UnitDraft draft, List<UnitRow> others) {
        this.ui = ui;
        this.id = draft.id;
        this.others = others;
        this.loaded = draft;
        this.version = draft.version;
        this.person = new PersonFormModel(ui);
        FIELDS.forEach(f -> messages.put(f, new ReadOnlyStringWrapper("")));
        for (UnitType t : UnitType.values()) {
            typeChoices.add(new Choice<>(t, ui.text("unitType." + t.name())));
        }
        ui.app().charter().ifPresent(c -> c.tiers().forEach(t -> tierChoices.add(new Choice<>(t.id(), t.name()))));
        for (MemberStatus s : MemberStatus.values()) {
            statusChoices.add(new Choice<>(s, ui.text("status." + s.name())));
        }
        load(draft);
        saved = fingerprint();
        Observable[] inputs = {name, creditCode, creditCodeConfirmed, unitType, tier, status, joinDate,
            legalRepresentative, address, contactName, phone, email, remarks, people};
        for (Observable o : inputs) {
            o.addListener(x -> validate());
        }
        validate();
    }

    private void load(UnitDraft d) {
        name.set(d.name);
        creditCode.set(d.creditCode);
        creditCodeConfirmed.set(d.creditCodeConfirmed);
        unitType.set(find(typeChoices, d.unitType));
        String tierId = d.tierId != null ? d.tierId : tierChoices.isEmpty() ? null : tierChoices.get(0).value();
        tier.set(find(tierChoices, tierId));
        status.set(find(statusChoices, d.status));
        joinDate.set(d.joinDate);
        loadedJoinDate = d.joinDate;
        loadedPrecision = d.joinDatePrecision;
        legalRepresentative.set(d.legalRepresentative);
        address.set(d.address);
        contactName.set(d.contactName);
        phone.set(d.phone);
        email.set(d.email);
        remarks.set(d.remarks);
        people.setAll(d.people);
    }

    private static <T> Choice<T> find(List<Choice<T>> choices, T value) {
        return choices.stream().filter(c -> Objects.equals(c.value(), value)).findFirst()
                .orElse(choices.isEmpty() ? null : choices.get(0));
    }

    public UnitDraft toDraft() {
        UnitDraft d = new UnitDraft();
        d.id = id;
        d.version = version;
        d.name = name.get();
        d.creditCode = creditCode.get();
        d.creditCodeConfirmed = creditCodeConfirmed.get();
        d.unitType = unitType.get() == null ? null : unitType.get().value();
        d.tierId = tier.get() == null ? null : tier.get().value();
        d.status = status.get() == null ? null : status.get().value();
        d.joinDate = joinDate.get();
        // 2023年5月 from an import stays a month until someone picks a day
        d.joinDatePrecision = Objects.equals(d.joinDate, loadedJoinDate) ? loadedPrecision : DatePrecision.DAY;
        d.legalRepresentative = legalRepresentative.get();
        d.address = address.get();
        d.contactName = contactName.get();
        d.phone = phone.get();
        d.email = email.get();
        d.remarks = remarks.get();
        d.people = new ArrayList<>(people);
        return d;
    }

    /** Runs every rule that needs no database, and the duplicate check against the loaded roster. */
    void validate() {
        UnitDraft d = toDraft();
        List<FieldProblem> problems = new ArrayList<>(UnitRules.check(d, ui.app().charter().orElse(null), ui.today()));
        String n = d.name == null ? "" : d.name.strip();
        String code = CreditCode.normalize(d.creditCode);
        for (UnitRow r : others) {
            if (Objects.equals(r.id(), id)) {
                continue;
            }
            if (!n.isEmpty() && org.secretariat.domain.UnitNames.same(r.name(), n)) {
                problems.add(FieldProblem.error("name", "rule.name.duplicate", r.name()));
            }
            if (!code.isEmpty() && code.equals(r.creditCode())) {
                problems.add(FieldProblem.error("creditCode", "rule.creditCode.duplicate", r.name()));
            }
        }
        show(problems);
    }

    void show(List<FieldProblem> problems) {
        Map<String, String> byField = new HashMap<>();
        for (FieldProblem p : problems) {
            String field = p.field().startsWith("people[") ? "people" : p.field();
            byField.merge(field, ui.messages().get(p.message()), (a, b) -> a + "\n" + b);
        }
        messages.forEach((field, text) -> text.set(byField.getOrDefault(field, "")));
        boolean badCheck = !CreditCode.normalize(creditCode.get()).isEmpty()
                && CreditCode.check(creditCode.get()) == CreditCode.Verdict.BAD_CHECK;
        codeWarning.set(badCheck);
        canSave.set(problems.isEmpty());
    }

    /** Saves in the background; {@code onSaved} gets the unit's id, or the form shows what stopped it. */
    public void save(Consumer<Long> onSaved) {
        if (!canSave.get() || saving.get()) {
            return;
        }
        saving.set(true);
        UnitDraft d = toDraft();
        ui.executor().execute(BackgroundTask.of(ui.text("form.task.save"), p -> ui.app().roster().save(d))
                .onSuccess(result -> {
                    saving.set(false);
                    if (result.saved()) {
                        markSaved();
                        if (!result.problems().isEmpty()) {
                            ui.dialogs().showInfo(ui.text("form.charterWarnings"), String.join("\n",
                                    result.problems().stream().map(x -> ui.messages().get(x.message())).toList()));
                        }
                        onSaved.accept(result.id());
                    } else {
                        show(result.problems());
                    }
                })
                .onFailure(error -> {
                    saving.set(false);
                    ui.dialogs().showError(ui.text("form.task.save"), error);
                    if (error instanceof EditConflict) {
                        reloadKeepingTyped(d);
                    }
                }));
    }

    /**
     * After another PC saved the unit first: the stored values, with what the user changed here kept,
     * at the stored version, so the next save overwrites deliberately. A unit deleted meanwhile stays
     * as typed.
     */
    private void reloadKeepingTyped(UnitDraft typed) {
        ui.executor().execute(BackgroundTask.of(ui.text("form.task.reload"), p -> ui.app().roster().draft(id))
                .onSuccess(fresh -> fresh.ifPresent(f -> {
                    UnitDraft merged = UnitDraft.rebase(typed, loaded, f);
                    loaded = f;
                    version = f.version;
                    load(f);
                    saved = fingerprint();
                    load(merged);
                }))
                .onFailure(error -> ui.dialogs().showError(ui.text("form.task.reload"), error)));
    }

    /** What the form holds, field by field, to tell typed changes from what was loaded. */
    private String fingerprint() {
        UnitDraft d = toDraft();
        return java.util.Arrays.asList(d.name, d.creditCode, d.creditCodeConfirmed, d.unitType, d.tierId, d.status,
                d.joinDate, d.legalRepresentative, d.address, d.contactName, d.phone, d.email, d.remarks, d.people).toString();
    }

    /** True once anything differs from the unit as loaded (the people list included). */
    public boolean hasUnsavedChanges() {
        return !fingerprint().equals(saved);
    }

    /** 「单位“某某”的修改」 or 「新会员单位的资料」, for the question before the form closes. */
    public String describeUnsaved() {
        return isNew() ? ui.text("form.unsaved.new") : ui.text("form.unsaved.edit", loaded.name);
    }

    /** Back to the unit as loaded. */
    public void discardUnsaved() {
        load(loaded);
        saved = fingerprint();
    }

    /** After a save the form's content is what is stored. */
    void markSaved() {
        saved = fingerprint();
    }

    public void addPerson() {
        person.toDraft().ifPresent(people::add);
    }

    public void replacePerson(int index) {
        if (index >= 0 && index < people.size()) {
            person.toDraft().ifPresent(p -> people.set(index, p));
        }
    }

    public void removePerson(int index) {
        if (index >= 0 && index < people.size()) {
            people.remove(index);
        }
    }

    public ReadOnlyStringProperty messageFor(String field) {
        return messages.get(field).getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty codeWarningProperty() {
        return codeWarning.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public boolean isNew() {
        return id == null;
    }
}
