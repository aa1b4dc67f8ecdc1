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
import org.secretariat.service.meetings.ActivityService;
import org.secretariat.service.meetings.ActivityService.ActivityView;
import org.secretariat.service.roster.UnitRow;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.UiContext;

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
        run.accept(BackgroundTask.of(ui.text("activity.task.load"), p -> new Loaded(ui.app().activities().list(),
                ui.app().roster().list())).onSuccess(r -> {
                    activities.setAll(r.activities());
                    Long id = editing.get();
                    Set<Long> ticked = id == null ? Set.of() : r.activities().stream().filter(a -> a.id().equals(id))
                            .findFirst().map(a -> Set.copyOf(a.unitIds())).orElse(Set.of());
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
                notes.get(), units.stream().filter(p -> p.took().get()).map(Participant::id).toList());
        run.accept(BackgroundTask.of(ui.text("activity.task.save"), p -> ui.app().activities().save(v)).onSuccess(id -> {
            editing.set(id);
            message.set(ui.text("activity.saved", v.unitIds().size()));
            reload();
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
