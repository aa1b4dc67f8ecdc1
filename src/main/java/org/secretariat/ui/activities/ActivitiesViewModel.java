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
                    Set<Long> ticked = typedTicks != null ? typedTicks
                            : stored.map(a -> Set.copyOf(a.unitIds())).orElse(Set.of());
                    units.setAll(r.units().stream().filter(u -> u.status().isCurrent())
                            .map(u -> new Participant(u.id(), u.name(), new SimpleBooleanProperty(ticked.contains(u.id()))))
                            .toList());
                }));
    }

    private record Loaded(List<ActivityView> activities, List<UnitRow> units) {
    }

    /** Shows an activity in the form. */
    public void show(ActivityView a) {
        editing.set(a.id());
        editingVersion = a.version();
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
            message.set(UserMessages.describe(error, ui.messages()));
            if (error instanceof EditConflict) { // another PC saved it first: its version, what was typed here kept
                reload(Set.copyOf(v.unitIds()));
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
