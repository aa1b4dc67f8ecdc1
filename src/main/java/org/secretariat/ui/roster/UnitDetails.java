package org.secretariat.ui.roster;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secretariat.domain.AuditEntry;
import org.secretariat.service.overview.TimelineService;
import org.secretariat.service.roster.UnitDraft;
import org.secretariat.service.roster.UnitRow;
import org.secretariat.ui.AuditText;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.UiContext;

/**
 * The selected unit's side of the roster screen: its details, its timeline and its history (who
 * changed what, each field's old → new value), read in the background whenever the selection moves.
 */
final class UnitDetails {

    private final UiContext ui;
    private final UnaryOperator<String> tierName;
    private final Supplier<UnitRow> selected;
    private final ReadOnlyObjectWrapper<UnitDraft> details = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<String> timeline = FXCollections.observableArrayList();

    UnitDetails(UiContext ui, UnaryOperator<String> tierName, Supplier<UnitRow> selected) {
        this.ui = ui;
        this.tierName = tierName;
        this.selected = selected;
    }

    private record Read(UnitDraft draft, List<AuditEntry> history, List<TimelineService.Event> timeline) {
    }

    /** Shows {@code row}'s details once read; nothing for null. */
    void load(UnitRow row) {
        if (row == null) {
            details.set(null);
            history.clear();
            timeline.clear();
            return;
        }
        long id = row.id();
        ui.executor().execute(BackgroundTask.of(ui.text("roster.task.details"), p ->
                        new Read(ui.app().roster().draft(id).orElse(null), ui.app().roster().history(id), ui.app().timeline().of(id)))
                .onSuccess(r -> {
                    if (selected.get() == null || selected.get().id() != id) {
                        return; // the user has moved on to another unit
                    }
                    details.set(r.draft());
                    history.setAll(r.history().stream().map(this::describe).toList());
                    timeline.setAll(r.timeline().stream().map(e -> e.on() + "  " + ui.messages().get(e.what())).toList());
                }));
    }

    ReadOnlyObjectProperty<UnitDraft> details() {
        return details.getReadOnlyProperty();
    }

    ObservableList<String> history() {
        return history;
    }

    ObservableList<String> timeline() {
        return timeline;
    }

    /** "2026-11-21 15:30 张三 修改 — 联系电话：0373-… → 0373-…" */
    String describe(AuditEntry e) {
        return AuditText.describe(e, ui, field -> true,
                field -> ui.messages().bundle().containsKey("field." + field) ? ui.text("field." + field) : field, this::display);
    }

    private String display(String field, String value) {
        return switch (field) {
            case "unitType" -> ui.messages().bundle().containsKey("unitType." + value) ? ui.text("unitType." + value) : value;
            case "status" -> ui.messages().bundle().containsKey("status." + value) ? ui.text("status." + value) : value;
            case "tier" -> tierName.apply(value);
            default -> value;
        };
    }
}
