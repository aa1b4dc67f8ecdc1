package org.secretariat.ui.cases;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import javafx.collections.transformation.FilteredList;
import org.secretariat.charter.Procedure;
import org.secretariat.charter.ProcedureKind;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.StepDecision;
import org.secretariat.i18n.Text;
import org.secretariat.service.EditConflict;
import org.secretariat.service.cases.CaseService;
import org.secretariat.service.charters.CharterHistory;
import org.secretariat.service.cases.CaseSteps;
import org.secretariat.service.cases.CaseView;
import org.secretariat.service.roster.UnitRow;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.UiContext;

/**
 * The cases screen: open cases first, opening a case under the charter's preconditions, and
 * recording the next step of the selected case (with a typed-in vote where a body decides).
 */
public final class CasesViewModel {

    private final UiContext ui;
    final ObservableList<CaseView> cases = FXCollections.observableArrayList();
    final FilteredList<CaseView> visible = new FilteredList<>(cases, c -> c.status() == CaseStatus.OPEN);
    final BooleanProperty showClosed = new SimpleBooleanProperty(false);
    final ObjectProperty<CaseView> selected = new SimpleObjectProperty<>();
    final List<Choice<String>> procedures = new ArrayList<>();
    final ObjectProperty<Choice<String>> procedure = new SimpleObjectProperty<>();
    final ObservableList<Choice<Long>> units = FXCollections.observableArrayList();
    final ObjectProperty<Choice<Long>> unit = new SimpleObjectProperty<>();
    final StringProperty recommenders = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> openedOn = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> stepOn = new SimpleObjectProperty<>();
    final StringProperty stepBy = new SimpleStringProperty("");
    final ObservableList<Choice<StepDecision>> decisions = FXCollections.observableArrayList();
    private final List<Choice<StepDecision>> allDecisions = new ArrayList<>();
    final ObjectProperty<Choice<StepDecision>> decision = new SimpleObjectProperty<>();
    final StringProperty remarks = new SimpleStringProperty("");
    final StringProperty seated = new SimpleStringProperty("");
    final StringProperty present = new SimpleStringProperty("");
    final StringProperty yes = new SimpleStringProperty("");
    final StringProperty no = new SimpleStringProperty("");
    final StringProperty abstain = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper nextStepLine = new ReadOnlyStringWrapper("");
    private List<UnitRow> roster = List.of();
    private List<CharterHistory.Listed> versions = List.of();

    public CasesViewModel(UiContext ui) {
        this.ui = ui;
        openedOn.set(ui.today());
        stepOn.set(ui.today());
        for (Procedure p : ui.app().cases().procedures()) {
            procedures.add(new Choice<>(p.id(), p.name() + "（" + p.citation().article() + "）"));
        }
        for (StepDecision d : StepDecision.values()) {
            allDecisions.add(new Choice<>(d, ui.text("decision." + d.name())));
        }
        offerDecisions(false);
        decision.set(decisions.get(0));
        showClosed.addListener((o, a, b) -> visible.setPredicate(c -> b || c.status() == CaseStatus.OPEN));
        procedure.addListener((o, a, b) -> fillUnits());
        selected.addListener((o, a, c) -> showNextStep(c));
        if (!procedures.isEmpty()) {
            procedure.set(procedures.get(0));
        }
    }

    public void reload() {
        Long keep = selected.get() == null ? null : selected.get().id();
        ui.executor().execute(BackgroundTask.of(ui.text("case.task.load"), p -> new Loaded(ui.app().cases().list(),
                ui.app().roster().list(), ui.app().charterHistory().list())).onSuccess(r -> {
                    versions = r.versions();
                    cases.setAll(r.cases());
                    roster = r.roster();
                    fillUnits();
                    if (keep != null) {
                        cases.stream().filter(c -> c.id() == keep).findFirst().ifPresent(selected::set);
                    }
                }));
    }

    private record Loaded(List<CaseView> cases, List<UnitRow> roster, List<CharterHistory.Listed> versions) {
    }

    /**
     * What an amendment case proposes, for the case's line: its title and whether it is in force
     * (「2026年章程修正案（自2027-01-05起施行）」); empty for any other case.
     */
    String amendmentOf(CaseView c) {
        return versions.stream().filter(v -> v.caseId() != null && v.caseId() == c.id()).findFirst()
                .map(v -> ui.text(v.effectiveFrom() == null ? "case.org.version.proposed" : "case.org.version.inForce", v.title(),
                        v.effectiveFrom() == null ? "" : v.effectiveFrom().toString())).orElse("");
    }

    /** Units a case of the chosen procedure can be opened for: applicants for admission, members otherwise. */
    private void fillUnits() {
        Procedure p = procedure.get() == null ? null : ui.app().cases().procedures().stream()
                .filter(x -> x.id().equals(procedure.get().value())).findFirst().orElse(null);
        boolean admission = p != null && p.kind() == ProcedureKind.ADMISSION;
        units.setAll(roster.stream().filter(r -> admission ? r.status() == org.secretariat.domain.MemberStatus.APPLYING
                : r.status().isCurrent()).map(r -> new Choice<>(r.id(), r.name() + "（" + r.tierName() + "）")).toList());
    }

    boolean needsRecommenders() {
        return procedure.get() != null && ui.app().charter().map(c -> c.membership().recommenders() > 0).orElse(false)
                && ui.app().cases().procedures().stream().anyMatch(p -> p.id().equals(procedure.get().value())
                && p.kind() == ProcedureKind.ADMISSION);
    }

    public void open() {
        if (procedure.get() == null || unit.get() == null) {
            problems.set(ui.text("case.error.choose"));
            return;
        }
        String proc = procedure.get().value();
        long unitId = unit.get().value();
        LocalDate on = openedOn.get() == null ? ui.today() : openedOn.get();
        List<String> names = Arrays.stream(recommenders.get().split("[、，,;；\\s]+")).map(String::strip)
                .filter(x -> !x.isEmpty()).toList();
        ui.executor().execute(BackgroundTask.of(ui.text("case.task.open"), p -> ui.app().cases().open(proc, unitId, on, names))
                .onSuccess(r -> {
                    if (r.caseId() == null) {
                        problems.set(join(r.problems()));
                        return;
                    }
                    recommenders.set("");
                    selected.set(null);
                    problems.set(join(r.warnings())); // after the selection, which clears the line
                    reload();
                }));
    }

    private void showNextStep(CaseView c) {
        problems.set("");
        CaseView.Step next = c == null ? null : c.nextStep();
        if (next == null) {
            nextStepLine.set(c == null ? "" : ui.text("case.noStep"));
            return;
        }
        boolean body = "body".equals(next.actor());
        offerDecisions(returnsCertificate(c, next));
        nextStepLine.set(ui.text("case.nextStep", next.name(), next.bodyName() == null ? ui.text("case.actor." + next.actor())
                : next.bodyName(), next.rule() == null ? "" : next.rule(), dated(next.dueBy(), next.dueNote())));
        // a body votes, an outside authority approves (审查同意, 核准); 备案 is recorded as approved too
        decision.set(decisions.get(body || "authority".equals(next.actor()) ? 1 : 0));
        stepBy.set(next.bodyName() == null ? ui.text("case.actor." + next.actor()) : next.bodyName());
    }

    /** 「证书遗失」 is a choice only at a step that takes a certificate back (returns_certificate). */
    private void offerDecisions(boolean returns) {
        decisions.setAll(allDecisions.stream().filter(d -> returns || d.value() != StepDecision.LOST).toList());
    }

    private boolean returnsCertificate(CaseView c, CaseView.Step step) {
        return ui.app().cases().procedures().stream().filter(p -> p.id().equals(c.procedureId()))
                .flatMap(p -> p.steps().stream()).anyMatch(s -> s.id().equals(step.stepId()) && s.returnsCertificate() != null);
    }

    /** Records the selected case's next step. */
    public void recordStep() {
        CaseView c = selected.get();
        CaseView.Step next = c == null ? null : c.nextStep();
        if (next == null) {
            return;
        }
        CaseSteps.Vote vote = null;
        if ("body".equals(next.actor()) && !yes.get().isBlank()) {
            try {
                vote = new CaseSteps.Vote(count(seated.get()), count(present.get()), count(yes.get()), count(no.get()),
                        count(abstain.get()));
            } catch (NumberFormatException e) {
                problems.set(ui.text("meeting.vote.numbers"));
                return;
            }
        }
        CaseSteps.Vote v = vote;
        LocalDate on = stepOn.get() == null ? ui.today() : stepOn.get();
        StepDecision d = decision.get().value();
        String by = stepBy.get();
        String note = remarks.get();
        ui.executor().execute(BackgroundTask.of(ui.text("case.task.step"),
                p -> ui.app().caseSteps().record(c.id(), next.stepId(), on, by, d, note, v, next.version())).onSuccess(list -> {
                    if (!list.isEmpty()) {
                        problems.set(join(list));
                        return;
                    }
                    remarks.set("");
                    yes.set("");
                    no.set("");
                    abstain.set("");
                    reload();
                }).onFailure(error -> {
                    ui.dialogs().showError(ui.text("case.task.step"), error);
                    if (error instanceof EditConflict) {
                        reload(); // what was typed stays in the fields; the case shows the step as now stored
                    }
                }));
    }

    /** Whether the charter in force on the opening day has this procedure of the organisation's own. */
    boolean offers(ProcedureKind kind) {
        return ui.app().cases().organisationProcedures(openingDay()).stream().anyMatch(p -> p.kind() == kind);
    }

    /** Where the charter states no such procedure (联席会议), the profile's reading; else empty. */
    String notOffered(ProcedureKind kind) {
        return ui.app().cases().notStated(kind, openingDay()).map(u -> ui.messages().get(Text.of("case.error.notStated",
                CaseService.kindName(kind), u.citation().reading() == null ? "" : u.citation().reading()))).orElse("");
    }

    private LocalDate openingDay() {
        return openedOn.get() == null ? ui.today() : openedOn.get();
    }

    /**
     * Opens the organisation's own case on the opening day: an amendment with the amended profile
     * read from {@code file} (refused with the problems, by line and field), or a dissolution.
     */
    public void openForOrganisation(ProcedureKind kind, Path file, String title) {
        Procedure proc = ui.app().cases().organisationProcedures(openingDay()).stream().filter(p -> p.kind() == kind)
                .findFirst().orElse(null);
        if (proc == null) {
            problems.set(notOffered(kind));
            return;
        }
        LocalDate on = openingDay();
        ui.executor().execute(BackgroundTask.of(ui.text("case.task.open"), p -> {
            String text = null;
            if (file != null) {
                try {
                    text = Files.readString(file);
                } catch (IOException | RuntimeException e) {
                    return new CaseService.Opened(null, List.of(Text.of("case.org.unreadable", file.getFileName(), e.getMessage())));
                }
            }
            return ui.app().cases().openForOrganisation(proc.id(), on, title, text);
        }).onSuccess(r -> {
            if (r.caseId() == null) {
                problems.set(join(r.problems()));
                return;
            }
            long id = r.caseId();
            selected.set(null);
            problems.set("");
            ui.executor().execute(BackgroundTask.of(ui.text("case.task.load"), p -> new Loaded(ui.app().cases().list(), roster,
                    ui.app().charterHistory().list())).onSuccess(l -> {
                        versions = l.versions();
                        cases.setAll(l.cases());
                        cases.stream().filter(c -> c.id() == id).findFirst().ifPresent(selected::set);
                    }));
        }));
    }

    public void confirmWithdrawal() {
        CaseView c = selected.get();
        ui.executor().execute(BackgroundTask.of(ui.text("case.task.step"),
                p -> ui.app().caseSteps().confirmWithdrawal(c.id(), ui.today())).onSuccess(list -> {
                    problems.set(join(list));
                    reload();
                }));
    }

    public void cancel(String reason) {
        CaseView c = selected.get();
        ui.executor().execute(BackgroundTask.of(ui.text("case.task.step"), p -> {
            ui.app().cases().cancel(c.id(), reason);
            return null;
        }).onSuccess(x -> reload()));
    }

    /** A date as the screen shows it, with what the calendar cannot vouch for: 「2027-01-04（2027年节假日安排……）」. */
    String dated(LocalDate date, Text note) {
        if (date == null) {
            return "";
        }
        // the steps' date column reads 2026-10-20 as every date column does; the note beside it, in words
        return note == null ? date.toString() : ui.text("calendar.dateNoted", date.toString(), ui.messages().get(note));
    }

    private String join(List<Text> texts) {
        return String.join("\n", texts.stream().map(t -> ui.messages().get(t)).toList());
    }

    private static int count(String s) {
        int v = s == null || s.isBlank() ? 0 : Integer.parseInt(s.strip());
        if (v < 0) {
            throw new NumberFormatException(s);
        }
        return v;
    }

    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextStepLineProperty() {
        return nextStepLine.getReadOnlyProperty();
    }
}
