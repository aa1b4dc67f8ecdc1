package org.secretariat.ui.meetings;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secretariat.charter.Body;
import org.secretariat.charter.CharterProfile;
import org.secretariat.charter.Threshold;
import org.secretariat.domain.MotionKind;
import org.secretariat.service.EditConflict;
import org.secretariat.service.meetings.MeetingView;
import org.secretariat.service.meetings.MotionDraft;
import org.secretariat.service.roster.UnitRow;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.Tone;
import org.secretariat.ui.UiContext;

/** The agenda of the open meeting: adding motions (checked against the charter) and recording votes. */
public final class AgendaModel {

    private final UiContext ui;
    private final MeetingsViewModel meetings;
    final ObservableList<MeetingView.Item> items = FXCollections.observableArrayList();
    final ObjectProperty<MeetingView.Item> selected = new SimpleObjectProperty<>();
    final StringProperty title = new SimpleStringProperty("");
    final List<Choice<MotionKind>> kindChoices = new ArrayList<>();
    final ObjectProperty<Choice<MotionKind>> kind = new SimpleObjectProperty<>();
    final ObservableList<Choice<Long>> unitChoices = FXCollections.observableArrayList();
    final ObjectProperty<Choice<Long>> unit = new SimpleObjectProperty<>();
    final ObservableList<Choice<String>> tierChoices = FXCollections.observableArrayList();
    final ObjectProperty<Choice<String>> tier = new SimpleObjectProperty<>();
    final ObservableList<Choice<String>> officeChoices = FXCollections.observableArrayList();
    final ObjectProperty<Choice<String>> office = new SimpleObjectProperty<>();
    final StringProperty person = new SimpleStringProperty("");
    final ObservableList<Choice<String>> voteChoices = FXCollections.observableArrayList();
    final ObjectProperty<Choice<String>> vote = new SimpleObjectProperty<>();
    final StringProperty yes = new SimpleStringProperty("");
    final StringProperty no = new SimpleStringProperty("");
    final StringProperty abstain = new SimpleStringProperty("");
    final ObservableList<VoteRow> ballots = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ruleLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper verdictLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> verdictTone = new ReadOnlyObjectWrapper<>(Tone.NONE);

    AgendaModel(UiContext ui, MeetingsViewModel meetings) {
        this.ui = ui;
        this.meetings = meetings;
        CharterProfile c = ui.app().charter().orElse(null);
        for (MotionKind k : MotionKind.values()) {
            if (c == null || org.secretariat.service.meetings.MotionService.offers(c, k)) {
                kindChoices.add(new Choice<>(k, ui.text("motion.kind." + k.name())));
            }
        }
        kind.set(kindChoices.get(1));
        if (c != null) {
            c.tiers().stream().skip(1).forEach(t -> tierChoices.add(new Choice<>(t.id(), t.name())));
            c.offices().forEach(o -> officeChoices.add(new Choice<>(o.id(), o.name())));
        }
        selected.addListener((o, a, item) -> showItem(item));
    }

    /** A present seat's vote in a vote by name. */
    public static final class VoteRow {
        private final long attendanceId;
        private final String label;
        private final ObjectProperty<org.secretariat.domain.VoteChoice> choice = new SimpleObjectProperty<>();

        VoteRow(long attendanceId, String label) {
            this.attendanceId = attendanceId;
            this.label = label;
        }

        public String label() {
            return label;
        }

        public ObjectProperty<org.secretariat.domain.VoteChoice> choiceProperty() {
            return choice;
        }
    }

    void show(MeetingView m) {
        MeetingView.Item keep = selected.get();
        ballots.setAll(m == null ? List.of() : m.seats().stream()
                .filter(x -> org.secretariat.domain.AttendanceStatus.presentSeat(x.seated(), x.status()))
                .map(x -> new VoteRow(x.attendanceId(), x.label())).toList());
        items.setAll(m == null ? List.of() : m.agenda());
        voteChoices.clear();
        voteChoices.add(new Choice<>(null, ui.text("meeting.vote.bodyRule")));
        if (m != null) {
            Body b = ui.app().charter().orElseThrow().body(m.bodyId()).orElseThrow();
            b.votes().forEach(v -> voteChoices.add(new Choice<>(v.id(), v.name())));
        }
        vote.set(voteChoices.get(0));
        selected.set(keep == null ? null : items.stream().filter(i -> i.id() == keep.id()).findFirst().orElse(null));
        if (unitChoices.isEmpty()) {
            loadUnits();
        }
    }

    private void loadUnits() {
        ui.executor().execute(BackgroundTask.of(ui.text("roster.task.load"), p -> ui.app().roster().list())
                .onSuccess(rows -> unitChoices.setAll(rows.stream()
                        .map((UnitRow r) -> new Choice<>(r.id(), r.name() + "（" + ui.text("status." + r.status().name()) + "）"))
                        .toList())));
    }

    private void showItem(MeetingView.Item item) {
        problems.set("");
        if (item == null) {
            ruleLine.set("");
            verdictLine.set("");
            verdictTone.set(Tone.NONE);
            return;
        }
        yes.set(item.yes() == null ? "" : item.yes().toString());
        no.set(item.no() == null ? "" : item.no().toString());
        abstain.set(item.abstain() == null ? "" : item.abstain().toString());
        verdictTone.set(Tone.of(item.verdict()));
        verdictLine.set(item.verdict() == null ? "" : item.verdictNote()
                + (item.effectNote() == null ? "" : "\n" + ui.text("meeting.effect", item.effectNote()))
                + (item.correctionNote() == null ? "" : "\n" + ui.text("meeting.vote.corrected", item.correctionNote())));
        if (item.motion().isVoted()) {
            long id = item.id();
            ui.executor().execute(BackgroundTask.of(ui.text("meeting.task.open"), p -> ui.app().motions().ruleFor(id))
                    .onSuccess(this::showRule));
        } else {
            ruleLine.set(ui.text("meeting.vote.none"));
        }
    }

    private void showRule(Threshold t) {
        String base = t.isCount() ? "" : ui.text("threshold.base." + t.base().name());
        ruleLine.set(ui.text("meeting.vote.rule", t.citation().article(), base + t.canonicalWording(),
                t.citation().isDefault() ? ui.text("threshold.default") : ""));
    }

    private record AddedAndShown(org.secretariat.service.meetings.MotionService.Added added, MeetingView meeting) {
    }

    /** Puts a motion on the agenda; the charter may refuse it, and then says why. */
    public void addMotion() {
        MeetingView m = meetings.meetingProperty().get();
        if (m == null) {
            return;
        }
        MotionKind k = kind.get().value();
        MotionDraft d = new MotionDraft(title.get(), k, unit.get() == null ? null : unit.get().value(),
                tier.get() == null ? null : tier.get().value(), office.get() == null ? null : office.get().value(),
                person.get(), vote.get() == null ? null : vote.get().value(), false);
        ui.executor().execute(BackgroundTask.of(ui.text("meeting.task.agenda"), p -> {
            var added = ui.app().motions().add(m.id(), d);
            return new AddedAndShown(added, ui.app().meetings().load(m.id()));
        }).onSuccess(r -> {
            var added = r.added();
            if (added.itemId() == null) {
                problems.set(String.join("\n", added.problems().stream().map(t -> ui.messages().get(t)).toList()));
                return;
            }
            // the charter's warnings (一般, 原则上) do not stop the motion; they stay in view
            problems.set(String.join("\n", added.warnings().stream().map(t -> ui.messages().get(t)).toList()));
            title.set("");
            meetings.show(r.meeting());
            items.stream().filter(i -> i.id() == added.itemId()).findFirst().ifPresent(selected::set);
        }));
    }

    /** The three counts typed, or null (with the problem shown) when they are not counts the meeting allows. */
    private int[] tally() {
        int[] t;
        try {
            t = new int[] {count(yes.get()), count(no.get()), count(abstain.get())};
        } catch (NumberFormatException e) {
            problems.set(ui.text("meeting.vote.numbers"));
            return null;
        }
        long present = meetings.meetingProperty().get().presentCount();
        if (t[0] + t[1] + t[2] > present) {
            problems.set(ui.text("meeting.vote.tooMany", t[0] + t[1] + t[2], present));
            return null;
        }
        problems.set("");
        return t;
    }

    /**
     * Records the tally of the selected motion; the verdict and any effect come back from the
     * service. A tally that would change the roster is confirmed first, naming the change.
     */
    public void recordVote() {
        MeetingView.Item item = selected.get();
        if (item == null) {
            return;
        }
        if (item.verdict() != null) {
            problems.set(ui.text("meeting.vote.final"));
            return;
        }
        if (!item.motion().isVoted()) {
            problems.set(ui.text("meeting.vote.none"));
            return;
        }
        int[] t = tally();
        if (t == null) {
            return;
        }
        long id = item.id();
        confirmThen(id, t, null, () -> ui.app().motions().recordTotals(id, t[0], t[1], t[2], item.version()));
    }

    /**
     * Corrects the recorded tally of the selected motion with the counts now typed and a reason:
     * the first tally's effect is reversed and the corrected one applied, on the record.
     */
    public void correctVote() {
        MeetingView.Item item = selected.get();
        if (item == null || item.verdict() == null) {
            problems.set(ui.text("meeting.vote.nothingToCorrect"));
            return;
        }
        int[] t = tally();
        if (t == null) {
            return;
        }
        var reason = ui.dialogs().askText(ui.text("meeting.vote.correct"), ui.text("meeting.vote.correct.reason",
                item.yes(), item.no(), item.abstain(), t[0], t[1], t[2]), "");
        if (reason.isEmpty() || reason.get().isBlank()) {
            return;
        }
        long id = item.id();
        confirmThen(id, t, item, () -> ui.app().motions().correct(id, t[0], t[1], t[2], reason.get(), item.version()));
    }

    /** Asks the service what the tally would change; confirms a roster change by name, then records. */
    private void confirmThen(long id, int[] t, MeetingView.Item correcting,
                             java.util.concurrent.Callable<MeetingView> record) {
        ui.executor().execute(BackgroundTask.of(ui.text("meeting.task.vote"), p -> ui.app().motions().preview(id, t[0], t[1], t[2]))
                .onSuccess(preview -> {
                    boolean undoes = correcting != null && correcting.effectNote() != null && !preview.passed();
                    if (preview.change().isPresent() || undoes || !preview.checklist().isEmpty()) {
                        String what = checklistText(preview.checklist()) + preview.change()
                                .map(c -> ui.text("meeting.vote.confirm.change", c))
                                .orElse(undoes ? ui.text("meeting.vote.confirm.undo", correcting.effectNote()) : "");
                        if (!ui.dialogs().confirm(ui.text("meeting.vote.confirm"), what)) {
                            return;
                        }
                    }
                    ui.executor().execute(BackgroundTask.of(ui.text("meeting.task.vote"), p -> record.call())
                            .onSuccess(v -> {
                                meetings.show(v);
                                meetings.reload();
                            }).onFailure(error -> {
                                ui.dialogs().showError(ui.text("meeting.task.vote"), error);
                                MeetingView m = meetings.meetingProperty().get();
                                if ((error instanceof EditConflict) && m != null) {
                                    meetings.open(m.id()); // the other PC's vote, to see before voting again
                                }
                            }));
                }));
    }

    /** The charter's conditions for the person elected, one ☐ line each, for the confirmation. */
    private String checklistText(java.util.List<org.secretariat.i18n.Text> checklist) {
        if (checklist.isEmpty()) {
            return "";
        }
        return ui.text("meeting.vote.confirm.checklist") + "\n" + String.join("\n",
                checklist.stream().map(t -> "☐ " + ui.messages().get(t)).toList()) + "\n\n";
    }

    /** Records a vote by name from the ballots table; seats left blank did not vote. */
    public void recordByName() {
        MeetingView.Item item = selected.get();
        if (item == null) {
            return;
        }
        if (item.verdict() != null) {
            problems.set(ui.text("meeting.vote.final"));
            return;
        }
        java.util.Map<Long, org.secretariat.domain.VoteChoice> votes = new java.util.HashMap<>();
        ballots.stream().filter(b -> b.choice.get() != null).forEach(b -> votes.put(b.attendanceId, b.choice.get()));
        if (votes.isEmpty()) {
            problems.set(ui.text("meeting.vote.noBallots"));
            return;
        }
        problems.set("");
        long id = item.id();
        int[] t = new int[3];
        votes.values().forEach(c -> t[c.ordinal()]++);
        confirmThen(id, t, null, () -> ui.app().motions().recordByName(id, votes, item.version()));
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

    public ReadOnlyStringProperty ruleLineProperty() {
        return ruleLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictLineProperty() {
        return verdictLine.getReadOnlyProperty();
    }

    /** How the verdict line looks: passed and failed never alike. */
    public ReadOnlyObjectProperty<Tone> verdictToneProperty() {
        return verdictTone.getReadOnlyProperty();
    }
}
