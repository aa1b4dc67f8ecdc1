package org.secretariat.ui.roster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.collections.transformation.SortedList;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Tier;
import org.secretariat.domain.MemberStatus;
import org.secretariat.domain.UnitType;
import org.secretariat.service.roster.UnitDraft;
import org.secretariat.service.roster.UnitRow;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.UiContext;

/**
 * The roster screen's state: all units, the search text and filters, the rows they leave, the
 * selected unit's details and history; and the commands that load, export and delete.
 */
public final class RosterViewModel {

    private final UiContext ui;
    private final ObservableList<UnitRow> all = FXCollections.observableArrayList();
    // sorted first, then filtered: a keystroke filters rows already in order and never re-sorts
    private final SortedList<UnitRow> sorted = new SortedList<>(all);
    private final RosterRows visible = new RosterRows(sorted);
    // what the rows shown were filtered by: a search that only grows tests only those rows
    private String shownQuery = "";
    private List<Set<?>> shownFilters = List.of(Set.of(), Set.of(), Set.of());
    private RosterOrder order = new RosterOrder(List.of(), r -> "", r -> "");
    private List<RosterOrder.SortKey> sortKeys = List.of();
    private static final long FRESH_NANOS = 2_000_000_000L;
    private boolean loading;
    private long loadedAt = Long.MIN_VALUE;
    private boolean loadAgain;
    private long loadWrites;
    private final List<Runnable> waiting = new ArrayList<>();
    public static final int FIRST_ROWS = 100; // shown before the rest are read: more than a maximised window holds
    private boolean shown;
    private final List<Runnable> whenShown = new ArrayList<>();
    private final javafx.beans.property.BooleanProperty complete = new javafx.beans.property.SimpleBooleanProperty(true);
    private final StringProperty query = new SimpleStringProperty("");
    // several values each (理事单位 and 会员单位; 正常 and 暂停); an empty set filters nothing
    private final ObservableSet<String> tierFilter = FXCollections.observableSet();
    private final ObservableSet<UnitType> typeFilter = FXCollections.observableSet();
    private final ObservableSet<MemberStatus> statusFilter = FXCollections.observableSet();
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ObjectProperty<UnitRow> selected = new SimpleObjectProperty<>();
    private final List<Choice<String>> tierChoices = new ArrayList<>();
    private final List<Choice<UnitType>> typeChoices = new ArrayList<>();
    private final List<Choice<MemberStatus>> statusChoices = new ArrayList<>();
    private final UnitDetails unitDetails;

    public RosterViewModel(UiContext ui) {
        this.ui = ui;
        this.unitDetails = new UnitDetails(ui, this::tierName, selected::get);
        ui.app().charter().ifPresent(c -> c.tiers().forEach(t -> tierChoices.add(new Choice<>(t.id(), t.name()))));
        for (UnitType t : UnitType.values()) {
            typeChoices.add(new Choice<>(t, ui.text("unitType." + t.name())));
        }
        for (MemberStatus s : MemberStatus.values()) {
            statusChoices.add(new Choice<>(s, ui.text("status." + s.name())));
        }
        query.addListener((o, a, b) -> refilter());
        tierFilter.addListener((SetChangeListener<String>) c -> refilter());
        typeFilter.addListener((SetChangeListener<UnitType>) c -> refilter());
        statusFilter.addListener((SetChangeListener<MemberStatus>) c -> refilter());
        visible.addListener((javafx.collections.ListChangeListener<UnitRow>) c -> updateCount());
        complete.addListener(o -> updateCount());
        selected.addListener((o, a, b) -> unitDetails.load(b));
        updateCount();
    }

    private void refilter() {
        String q = UnitRow.normalise(query.get()); // once per keystroke, not once per row
        Set<String> tiers = Set.copyOf(tierFilter);
        Set<UnitType> types = Set.copyOf(typeFilter);
        Set<MemberStatus> statuses = Set.copyOf(statusFilter);
        List<Set<?>> filters = List.of(tiers, types, statuses);
        boolean narrower = q.contains(shownQuery) && filters.equals(shownFilters);
        shownQuery = q;
        shownFilters = filters;
        // only the filters in use are tested, the search text last (the dearest)
        Predicate<UnitRow> keep = null;
        if (!tiers.isEmpty()) {
            keep = and(keep, r -> r.tierId() != null && tiers.contains(r.tierId()));
        }
        if (!types.isEmpty()) {
            keep = and(keep, r -> types.contains(r.unitType()));
        }
        if (!statuses.isEmpty()) {
            keep = and(keep, r -> statuses.contains(r.status()));
        }
        if (!q.isEmpty()) {
            keep = and(keep, r -> r.matchesNormalised(q));
        }
        visible.filter(keep == null ? r -> true : keep, narrower);
        updateCount();
    }

    private static Predicate<UnitRow> and(Predicate<UnitRow> first, Predicate<UnitRow> then) {
        return first == null ? then : first.and(then);
    }

    private void updateCount() {
        countText.set(!complete.get() ? ui.text("roster.count.loading", visible.size())
                : visible.size() == all.size() ? ui.text("roster.count.all", all.size())
                : ui.text("roster.count.filtered", visible.size(), all.size()));
    }

    /**
     * Reloads the roster in the background; {@code then} runs once the rows are in. A reload asked for
     * while one is under way and nothing has been written since it began joins it (the window's start
     * loads the roster once, not once for the screen and again for its tab); after a write it loads again.
     */
    public void reload(Runnable then) {
        waiting.add(then);
        loadedAt = Long.MIN_VALUE;
        long writes = ui.app().database().writeCount();
        if (loading) {
            loadAgain |= writes != loadWrites;
            return;
        }
        loading = true;
        loadAgain = false;
        loadWrites = writes;
        Long keep = selected.get() == null ? null : selected.get().id();
        List<RosterOrder.SortKey> keys = sortKeys;
        if (!shown) {
            // the window's first load: a screenful of rows shows while the rest are read (issue 18)
            ui.executor().execute(BackgroundTask.of(ui.text("roster.task.load"), p -> ordered(ui.app().roster().first(FIRST_ROWS), keys))
                    .reading()
                    .onSuccess(page -> {
                        if (!shown) {
                            complete.set(false);
                            show(page, null);
                        }
                    }));
        }
        ui.executor().execute(BackgroundTask.of(ui.text("roster.task.load"), p -> ordered(ui.app().roster().list(), keys))
                .reading()
                .onSuccess(loaded -> {
                    complete.set(true);
                    show(loaded, selected.get() != null ? Long.valueOf(selected.get().id()) : keep);
                    org.secretariat.ui.StartupProbe.trace("roster rows set");
                    loaded();
                    if (sortKeys.isEmpty()) {
                        // the name column's order, the usual click, worked out once the rows show
                        ui.executor().execute(BackgroundTask.of(ui.text("roster.task.load"), p -> loaded.ranks(RosterOrder.Column.NAME))
                                .reading());
                    }
                })
                .onFailure(e -> {
                    notLoaded();
                    ui.dialogs().showError(ui.text("roster.task.load"), e);
                })
                .onCancelled(this::notLoaded));
    }

    /** A load failed or was cancelled: nobody waits for it, and first rows shown alone do not stay as if they were all. */
    private void notLoaded() {
        loading = false;
        waiting.clear();
        if (!complete.get()) {
            shown = false;
            all.clear();
            complete.set(true);
        }
    }

    /**
     * Others (another PC, a command) changed the data: the rows are read again, even when a load is
     * under way (it may have begun before their commit); the search and the selection stay.
     */
    public void reloadChanged() {
        if (loading) {
            loadAgain = true;
            waiting.add(() -> { });
            return;
        }
        reload(() -> { });
    }

    /**
     * What the roster tab asks for: the rows as they are now. Rows read under two seconds ago with
     * nothing written since are current (the window's start reads them while the home screen shows);
     * otherwise they are read again.
     */
    public void refresh(Runnable then) {
        if (!loading && loadedAt != Long.MIN_VALUE && System.nanoTime() - loadedAt < FRESH_NANOS && ui.app().database().writeCount() == loadWrites) {
            then.run();
            return;
        }
        reload(then);
    }

    private void loaded() {
        loadedAt = System.nanoTime();
        loading = false;
        List<Runnable> done = List.copyOf(waiting);
        waiting.clear();
        if (loadAgain) {
            done.forEach(this::reload); // written meanwhile: their callers see the rows after the write
            return;
        }
        done.forEach(Runnable::run);
    }

    /** Puts the rows in the table, in the table's order, the unit selected before selected again. */
    private void show(RosterOrder loaded, Long keep) {
        sorted.setComparator(null); // the old order knows only the old rows
        order = loaded;
        all.setAll(loaded.rows());
        sorted.setComparator(order.comparator(sortKeys));
        refilter();
        if (keep != null) {
            all.stream().filter(r -> r.id() == keep).findFirst().ifPresent(r -> {
                selected.set(null);
                selected.set(r);
            });
        }
        shown = true;
        List<Runnable> now = List.copyOf(whenShown);
        whenShown.clear();
        now.forEach(Runnable::run);
    }

    /** Runs {@code then} once rows are in the table (the first of them, or all): now, if they are. */
    public void whenRowsShow(Runnable then) {
        if (shown) {
            then.run();
        } else {
            whenShown.add(then);
        }
    }

    /** False while the table holds only the first rows and the rest are being read. */
    public javafx.beans.value.ObservableBooleanValue completeProperty() {
        return complete;
    }

    /** The rows with their sort ranks for the table's sort order now, worked out here off the FX thread. */
    private RosterOrder ordered(List<UnitRow> rows, List<RosterOrder.SortKey> keys) {
        RosterOrder o = new RosterOrder(rows, r -> ui.text("unitType." + r.unitType().name()),
                r -> ui.text("status." + r.status().name()));
        keys.forEach(k -> o.ranks(k.column()));
        return o;
    }

    /** Sorts the rows by the table's sort order (first key first); an empty list keeps the loaded order. */
    public void sortBy(List<RosterOrder.SortKey> keys) {
        sortKeys = List.copyOf(keys);
        sorted.setComparator(order.comparator(sortKeys));
    }

    public String tierName(String tierId) {
        return ui.app().charter().flatMap(c -> c.tier(tierId)).map(Tier::name).orElse(Objects.toString(tierId, ""));
    }

    public void exportVisible(Path target, Consumer<Integer> done) {
        List<UnitRow> rows = List.copyOf(visible);
        ui.executor().execute(BackgroundTask.of(ui.text("roster.task.export"), p -> {
            ui.app().exporter().exportRoster(target, rows);
            return rows.size();
        }).onSuccess(done).announce(n -> ui.text("export.done", n, target)));
    }

    public void writeTemplate(Path target, Runnable done) {
        ui.executor().execute(BackgroundTask.of(ui.text("roster.task.template"), p -> {
            ui.app().exporter().writeTemplate(target);
            return null;
        }).onSuccess(x -> done.run()).announce(x -> ui.text("template.done", target)));
    }

    public void delete(UnitRow row, Runnable done) {
        ui.executor().execute(BackgroundTask.of(ui.text("roster.task.delete"), p -> ui.app().roster().delete(row.id()))
                .onSuccess(x -> {
                    selected.set(null);
                    reload(done);
                }));
    }

    public CharterProfile charter() {
        return ui.app().charter().orElseThrow();
    }

    public ObservableList<UnitRow> allRows() {
        return all;
    }

    /** The rows the table shows: in the chosen order, then filtered. */
    public ObservableList<UnitRow> visibleRows() {
        return visible;
    }

    public StringProperty queryProperty() {
        return query;
    }

    /** The tiers shown (by id); none means every tier. */
    public ObservableSet<String> tierFilter() {
        return tierFilter;
    }

    /** The unit types shown; none means every type. */
    public ObservableSet<UnitType> typeFilter() {
        return typeFilter;
    }

    /** The statuses shown; none means every status. */
    public ObservableSet<MemberStatus> statusFilter() {
        return statusFilter;
    }

    /** What a filter reads while nothing is ticked: 全部级别, 全部类型, 全部状态. */
    public String allTiersText() {
        return ui.text("roster.filter.allTiers");
    }

    public String allTypesText() {
        return ui.text("roster.filter.allTypes");
    }

    public String allStatusesText() {
        return ui.text("roster.filter.allStatuses");
    }

    public List<Choice<String>> tierChoices() {
        return tierChoices;
    }

    public List<Choice<UnitType>> typeChoices() {
        return typeChoices;
    }

    public List<Choice<MemberStatus>> statusChoices() {
        return statusChoices;
    }

    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    public ObjectProperty<UnitRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<UnitDraft> detailsProperty() {
        return unitDetails.details();
    }

    public ObservableList<String> timeline() {
        return unitDetails.timeline();
    }

    public ObservableList<String> history() {
        return unitDetails.history();
    }
}
