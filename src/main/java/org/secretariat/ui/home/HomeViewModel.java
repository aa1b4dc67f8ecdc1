package org.secretariat.ui.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secretariat.service.meetings.ObligationService;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.UiContext;

/** The home screen: what is due now or soon, each with its date, rule and article. */
public final class HomeViewModel {

    private final UiContext ui;
    final ObservableList<ObligationService.Due> due = FXCollections.observableArrayList();
    final List<Choice<String>> proposalBodies = new ArrayList<>();
    final ObjectProperty<Choice<String>> proposalBody = new SimpleObjectProperty<>();
    final ObservableList<Choice<Long>> units = FXCollections.observableArrayList();
    final ObjectProperty<Choice<Long>> proposalUnit = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    /** The due item the user selected. */
    final ObjectProperty<ObligationService.Due> selected = new SimpleObjectProperty<>();
    /** Whether the selection is an inactivity proposal, which can be dismissed or confirmed. */
    final BooleanBinding inactiveSelected = Bindings.createBooleanBinding(() -> selected.get() != null
            && selected.get().target() == ObligationService.Target.INACTIVE, selected);
    /** Why a proposal is dismissed; editable, 已核实仍在参加活动 unless changed. */
    final StringProperty dismissReason = new SimpleStringProperty();

    public HomeViewModel(UiContext ui) {
        this.ui = ui;
        dismissReason.set(ui.text("home.inactive.defaultReason"));
        selected.addListener((o, was, now) -> dismissReason.set(ui.text("home.inactive.defaultReason")));
        ui.app().charter().ifPresent(c -> c.bodies().stream().filter(b -> b.extraMeeting() != null)
                .forEach(b -> proposalBodies.add(new Choice<>(b.id(), b.name()))));
        if (!proposalBodies.isEmpty()) {
            proposalBody.set(proposalBodies.get(0));
        }
    }

    public void reload() {
        ui.executor().execute(BackgroundTask.of(ui.text("home.task.load"), p -> new Loaded(ui.app().due().due(),
                        ui.app().roster().list().stream().filter(r -> r.status().isCurrent())
                                .map(r -> new Choice<>(r.id(), r.name())).toList()))
                .onSuccess(r -> {
                    due.setAll(r.due());
                    units.setAll(r.units());
                    summary.set(r.due().isEmpty() ? ui.text("home.nothingDue") : ui.text("home.count", r.due().size()));
                }));
    }

    private record Loaded(List<ObligationService.Due> due, List<Choice<Long>> units) {
    }

    /** Records that the chosen unit proposed an extra meeting of the chosen body today. */
    public void propose() {
        if (proposalBody.get() == null || proposalUnit.get() == null) {
            return;
        }
        String body = proposalBody.get().value();
        long unit = proposalUnit.get().value();
        ui.executor().execute(BackgroundTask.of(ui.text("home.task.propose"), p -> {
            ui.app().obligations().propose(body, unit, ui.today(), null);
            return null;
        }).onSuccess(x -> reload()));
    }

    /**
     * Asks, with 不确认 as the default button, whether the selected unit counts as withdrawn, and
     * records it if the person confirms.
     */
    public void confirmSelectedWithdrawal() {
        ObligationService.Due d = selected.get();
        if (d == null || d.target() != ObligationService.Target.INACTIVE) {
            return;
        }
        if (ui.dialogs().confirmCarefully(ui.text("home.inactive.title"), ui.messages().get(d.what()) + "\n\n"
                + ui.text("home.inactive.confirm"), ui.text("home.inactive.confirmButton"), ui.text("home.inactive.cancel"))) {
            run(p -> ui.app().participation().confirmAutomaticWithdrawal(d.targetId()));
        }
    }

    /** Records that a person checked the selected unit and it is not to be treated as withdrawn. */
    public void dismissSelected() {
        ObligationService.Due d = selected.get();
        if (d == null || d.target() != ObligationService.Target.INACTIVE) {
            return;
        }
        String reason = dismissReason.get();
        run(p -> ui.app().participation().dismiss(d.targetId(), reason));
    }

    private void run(org.secretariat.ui.BackgroundTask.Work<List<org.secretariat.i18n.Text>> work) {
        ui.executor().execute(BackgroundTask.of(ui.text("home.task.inactive"), work).onSuccess(problems -> {
            if (!problems.isEmpty()) {
                ui.dialogs().showError(ui.text("home.inactive.title"), ui.messages().get(problems.get(0)));
            }
            reload();
        }));
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
