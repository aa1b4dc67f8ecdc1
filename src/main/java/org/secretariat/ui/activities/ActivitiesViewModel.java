package org.secretariat.ui.activities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secretariat.service.EditConflict;
import org.secretariat.service.RecordDeleted;
import org.secretariat.service.meetings.ActivityService;
import org.secretariat.service.meetings.ActivityService.ActivityView;
import org.secretariat.service.roster.UnitRow;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.UserMessages;

/** The activity register without its controls: the list, the form of one activity, and who took part. */
public final class ActivitiesViewModel {

    /** A member unit in the participant list, ticked if it took part. */
    public record Participant(long id, String name, BooleanProperty took) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final UiContext ui;
    private final Consumer<BackgroundTask<?>> run;
    final List<Choice<String>> kinds = new ArrayList<>();
    final ObservableList<ActivityView> activities = FXCollections.observableArrayList();
    final ObservableList<Participant> units = FXCollections.observableArrayList();
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<Choice<String>> kind = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> heldOn = new SimpleObjectProperty<>();
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty notes = new SimpleStringProperty("");
    final ObjectProperty<Long> editing = new SimpleObjectProperty<>();
    /** The version of the activity in the form as loaded, sent back with a save (decision 0018). */
    private Long editingVersion;
    /** The activity as the form loaded it, to tell what was changed here from another PC's change. */
    private ActivityView shown;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public ActivitiesViewModel(UiContext ui) {
        this(ui, ui.executor()::execute);
    }

    ActivitiesViewModel(UiContext ui, Consumer<BackgroundTask<?>> run) {
        this.ui = ui;
        this.run = run;
        for (String k : ActivityService.KINDS) {
            kinds.add(new Choice<>(k, ui.text("activity.kind." + k)));
        }
        startNew();
    }

    public void reload() {
        reload(null);
    }

    /**
     * Reads the list and the units again; the activity in the form takes its stored participants and
     * version, or, with {@code typedTicks}, keeps the participants ticked here.
     */
    private void reload(Set<Long> typedTicks) {
        run.accept(BackgroundTask.of(ui.text("activity.task.load"), p -> new Loaded(ui.app().activities().list(),
                ui.app().roster().list())).onSuccess(r -> {
                    activities.setAll(r.activities());
                    Long id = editing.get();
                    var stored = id == null ? java.util.Optional.<ActivityView>empty()
                            : r.activities().stream().filter(a -> a.id().equals(id)).findFirst();
                    editingVersion = stored.map(ActivityView::version).orElse(null);
                    stored.ifPresent(a -> shown = a);
                    Set<Long> ticked = typedTicks != null ? typedTicks
                            : stored.map(a -> Set.copyOf(a.unitIds())).orElse(Set.of());
                    units.setAll(r.units().stream().filter(u -> u.status().isCurrent())
                            .map(u -> new Participant(u.id(), u.name(), new SimpleBooleanProperty(ticked.contains(u.id()))))
                            .toList());
                }));
    }

    /**
     * After another PC saved the activity first: its stored fields and participants, with what was
     * changed here (differing from what the form loaded) laid over them, at the stored version.
     */
    private void reloadKeepingTyped(ActivityView typed, ActivityView base) {
        run.accept(BackgroundTask.of(ui.text("activity.task.load"), p -> ui.app().activities().list()).onSuccess(list -> {
            ActivityView fresh = list.stream().filter(a -> a.id().equals(typed.id())).findFirst().orElse(null);
            if (fresh == null || base == null) {
                return;
            }
            Set<Long> ticks = new java.util.HashSet<>(fresh.unitIds());
            units.forEach(p -> {
                boolean changedHere = typed.unitIds().contains(p.id()) != base.unitIds().contains(p.id());
                if (changedHere) {
                    if (typed.unitIds().contains(p.id())) {
                        ticks.add(p.id());
                    } else {
                        ticks.remove(p.id());
                    }
                }
            });
            String said = message.get();
            show(new ActivityView(fresh.id(), pick(typed.title(), base.title(), fresh.title()),
                    pick(typed.kind(), base.kind(), fresh.kind()), pick(typed.heldOn(), base.heldOn(), fresh.heldOn()),
                    pick(typed.place(), nz(base.place()), fresh.place()), pick(typed.notes(), nz(base.notes()), fresh.notes()),
                    List.copyOf(ticks), fresh.version()));
            activities.setAll(list);
            message.set(said);
        }));
    }

    private static <V> V pick(V typed, V base, V fresh) {
        return java.util.Objects.equals(typed, base) ? fresh : typed;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private record Loaded(List<ActivityView> activities, List<UnitRow> units) {
    }

    /** Shows an activity in the form. */
    public void show(ActivityView a) {
        editing.set(a.id());
        editingVersion = a.version();
        shown = a;
        title.set(a.title());
        kinds.stream().filter(c -> c.value().equals(a.kind())).findFirst().ifPresent(kind::set);
        heldOn.set(a.heldOn());
        place.set(a.place() == null ? "" : a.place());
        notes.set(a.notes() == null ? "" : a.notes());
        units.forEach(p -> p.took().set(a.unitIds().contains(p.id())));
        message.set("");
    }

    /** An empty form dated today by the app's clock. */
    public void startNew() {
        editing.set(null);
        editingVersion = null;
        shown = null;
        title.set("");
        kind.set(kinds.get(0));
        heldOn.set(ui.today());
        place.set("");
        notes.set("");
        units.forEach(p -> p.took().set(false));
        message.set("");
    }

    public void save() {
        if (title.get() == null || title.get().isBlank() || heldOn.get() == null) {
            message.set(ui.text("activity.error.required"));
            return;
        }
        ActivityView v = new ActivityView(editing.get(), title.get(), kind.get().value(), heldOn.get(), place.get(),
                notes.get(), units.stream().filter(p -> p.took().get()).map(Participant::id).toList(), editingVersion);
        run.accept(BackgroundTask.of(ui.text("activity.task.save"), p -> ui.app().activities().save(v)).onSuccess(id -> {
            editing.set(id);
            message.set(ui.text("activity.saved", v.unitIds().size()));
            reload();
        }).onFailure(error -> {
            if (!(error instanceof EditConflict) && !(error instanceof RecordDeleted)) {
                ui.dialogs().showError(ui.text("activity.task.save"), error);
                return;
            }
            message.set(UserMessages.describe(error, ui.messages()));
            if (error instanceof EditConflict) { // another PC saved it first: its version, what was typed here kept
                reloadKeepingTyped(v, shown);
            } else if (error instanceof RecordDeleted) {
                reload(Set.copyOf(v.unitIds())); // gone from the list; the form keeps what was typed
            }
        }));
    }

    /** Deletes the activity shown, after the user confirms. */
    public void delete(Runnable then) {
        Long id = editing.get();
        if (id != null && ui.dialogs().confirm(ui.text("roster.delete"), ui.text("activity.delete.confirm", title.get()))) {
            run.accept(BackgroundTask.of(ui.text("activity.task.save"), p -> {
                ui.app().activities().delete(id);
                return null;
            }).onSuccess(x -> {
                startNew();
                then.run();
                reload();
            }));
        }
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
