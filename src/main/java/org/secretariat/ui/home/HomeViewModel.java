package org.secretariat.ui.home;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secretariat.service.ObligationService;
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

    public HomeViewModel(UiContext ui) {
        this.ui = ui;
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

    public void confirmAutomaticWithdrawal(long unitId) {
        ui.executor().execute(BackgroundTask.of(ui.text("home.task.propose"),
                p -> ui.app().participation().confirmAutomaticWithdrawal(unitId)).onSuccess(problems -> {
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
