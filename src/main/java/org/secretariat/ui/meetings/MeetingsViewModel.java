package org.secretariat.ui.meetings;

import java.time.LocalDate;
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
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.MeetingKind;
import org.secretariat.service.EditConflict;
import org.secretariat.service.meetings.MeetingDraft;
import org.secretariat.service.meetings.MeetingService;
import org.secretariat.service.meetings.MeetingView;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.UiContext;

/**
 * The meetings screen: the list of meetings, the selected meeting's details and seats, attendance
 * with the live quorum line, and (in {@link AgendaModel}) its motions and votes.
 */
public final class MeetingsViewModel {

    private final UiContext ui;
    final ObservableList<MeetingService.Row> meetings = FXCollections.observableArrayList();
    final ObjectProperty<MeetingService.Row> selectedRow = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<MeetingView> meeting = new ReadOnlyObjectWrapper<>();
    final List<Choice<String>> bodyChoices = new ArrayList<>();
    final List<Choice<MeetingKind>> kindChoices = new ArrayList<>();
    final ObjectProperty<Choice<String>> body = new SimpleObjectProperty<>();
    final StringProperty title = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty time = new SimpleStringProperty("");
    final StringProperty place = new SimpleStringProperty("");
    final StringProperty convener = new SimpleStringProperty("");
    final ObjectProperty<Choice<MeetingKind>> kind = new SimpleObjectProperty<>();
    final StringProperty notes = new SimpleStringProperty("");
    final ObservableList<SeatRow> seats = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper quorumLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper seatsPreview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper seatNote = new ReadOnlyStringWrapper("");
    /** The details as last shown (saved, or a fresh form): what "unsaved" is measured against. */
    private List<Object> shownDetails = List.of();
    final AgendaModel agenda;

    public MeetingsViewModel(UiContext ui) {
        this.ui = ui;
        ui.app().charter().ifPresent(c -> c.bodies().forEach(b -> bodyChoices.add(new Choice<>(b.id(), b.name()))));
        for (MeetingKind k : MeetingKind.values()) {
            kindChoices.add(new Choice<>(k, ui.text("meeting.kind." + k.name())));
        }
        this.agenda = new AgendaModel(ui, this);
        selectedRow.addListener((o, a, r) -> {
            if (r != null) {
                open(r.id());
            }
        });
        newMeeting();
    }

    /** Clears the form for a new meeting of the first body that meets. */
    public void newMeeting() {
        selectedRow.set(null);
        meeting.set(null);
        body.set(bodyChoices.isEmpty() ? null : bodyChoices.get(0));
        title.set("");
        date.set(ui.today());
        time.set("09:00");
        place.set("");
        convener.set(ui.text("meeting.defaultConvener"));
        kind.set(kindChoices.get(0));
        notes.set("");
        seats.clear();
        quorumLine.set("");
        seatNote.set("");
        shownDetails = details();
        agenda.show(null);
    }

    private List<Object> details() {
        return java.util.Arrays.asList(body.get(), title.get(), date.get(), time.get(), place.get(), convener.get(),
                kind.get(), notes.get());
    }

    /** Name, date, place … typed but not saved. */
    boolean detailsDirty() {
        return !details().equals(shownDetails);
    }

    /** Attendance typed in the table but not saved. */
    boolean attendanceDirty() {
        return seats.stream().anyMatch(r -> r.statusProperty().get() != r.seat().status()
                || !r.attendeeProperty().get().equals(r.seat().attendeeName() == null ? "" : r.seat().attendeeName())
                || !r.remarksProperty().get().equals(r.seat().remarks() == null ? "" : r.seat().remarks()));
    }

    /** What the meeting screen tells the window before it is left. */
    public org.secretariat.ui.UnsavedWork unsavedWork() {
        return new org.secretariat.ui.UnsavedWork() {
            @Override
            public boolean hasUnsavedChanges() {
                return detailsDirty() || attendanceDirty();
            }

            @Override
            public String describeUnsaved() {
                return ui.text("meeting.unsaved", title.get().isBlank() ? ui.text("meeting.new") : title.get());
            }

            @Override
            public boolean saveUnsaved() {
                if (meeting.get() != null && attendanceDirty()) {
                    saveAttendance();
                } else {
                    saveDetails();
                }
                return true;
            }

            @Override
            public void discardUnsaved() {
                if (meeting.get() == null) {
                    newMeeting();
                } else {
                    show(meeting.get());
                }
            }
        };
    }

    public void reload() {
        ui.executor().execute(BackgroundTask.of(ui.text("meeting.task.load"), p -> ui.app().meetings().list())
                .onSuccess(meetings::setAll));
    }

    void open(long id) {
        ui.executor().execute(BackgroundTask.of(ui.text("meeting.task.open"), p -> ui.app().meetings().load(id))
                .onSuccess(this::show));
    }

    void show(MeetingView m) {
        meeting.set(m);
        if (m == null) {
            return;
        }
        body.set(bodyChoices.stream().filter(c -> c.value().equals(m.bodyId())).findFirst().orElse(null));
        title.set(m.title());
        date.set(m.date());
        time.set(m.startTime() == null ? "" : m.startTime());
        place.set(m.place() == null ? "" : m.place());
        convener.set(m.convener() == null ? "" : m.convener());
        kind.set(kindChoices.stream().filter(c -> c.value() == m.kind()).findFirst().orElse(kindChoices.get(0)));
        notes.set(m.notes() == null ? "" : m.notes());
        shownDetails = details();
        seatNote.set(m.seatNote() == null ? "" : ui.messages().get(m.seatNote()));
        List<SeatRow> rows = m.seats().stream().map(SeatRow::new).toList();
        rows.forEach(r -> r.statusProperty().addListener((o, a, b) -> updateQuorum()));
        seats.setAll(rows);
        updateQuorum();
        agenda.show(m);
    }

    /** Recomputes the quorum line from the table as it is being filled in, before it is saved. */
    void updateQuorum() {
        MeetingView m = meeting.get();
        if (m == null) {
            quorumLine.set("");
            return;
        }
        long seated = seats.stream().filter(SeatRow::seated).count();
        long present = seats.stream().filter(r -> AttendanceStatus.presentSeat(r.seated(), r.statusProperty().get())).count();
        Body b = ui.app().charter().orElseThrow().body(m.bodyId()).orElseThrow();
        var q = org.secretariat.charter.MeetingRules.quorum(ui.app().charter().orElseThrow(), b, seated, present);
        quorumLine.set(ui.messages().get(MeetingService.quorumLine(b, q)));
    }

    /** Saves the meeting's details; a new meeting gets the seats in force on its date. */
    public void saveDetails() {
        MeetingDraft d = draft();
        ui.executor().execute(BackgroundTask.of(ui.text("meeting.task.save"), p -> {
            long id = ui.app().meetings().save(d);
            return ui.app().meetings().load(id);
        }).onSuccess(v -> {
            show(v);
            reload();
        }).onFailure(error -> {
            ui.dialogs().showError(ui.text("meeting.task.save"), error);
            if (error instanceof EditConflict) {
                reloadKeepingTyped(d);
            }
        }));
    }

    /**
     * After another PC saved the meeting first: its stored details, with the fields typed here (those
     * differing from what was shown) laid over them, at the stored version (decision 0018).
     */
    @SuppressWarnings("unchecked")
    private void reloadKeepingTyped(MeetingDraft typed) {
        List<Object> base = shownDetails;
        List<Object> typedNow = details();
        ui.executor().execute(BackgroundTask.of(ui.text("meeting.task.open"), p -> ui.app().meetings().load(typed.id()))
                .onSuccess(fresh -> {
                    show(fresh);
                    List<javafx.beans.property.Property<?>> fields = List.of(body, title, date, time, place, convener, kind, notes);
                    for (int i = 0; i < fields.size(); i++) {
                        if (!java.util.Objects.equals(typedNow.get(i), base.get(i))) {
                            ((javafx.beans.property.Property<Object>) fields.get(i)).setValue(typedNow.get(i));
                        }
                    }
                }));
    }

    private MeetingDraft draft() {
        MeetingView m = meeting.get();
        return new MeetingDraft(m == null ? null : m.id(), body.get().value(), title.get(), date.get(),
                time.get(), place.get(), convener.get(), kind.get().value(), notes.get(), m == null ? null : m.version());
    }

    /**
     * Deletes the open meeting if it has not been held, after a confirmation; a held meeting stays
     * on the record (its votes can be corrected on the agenda).
     */
    public void deleteMeeting() {
        MeetingView m = meeting.get();
        if (m == null || !ui.dialogs().confirm(ui.text("meeting.delete"), ui.text("meeting.delete.confirm", m.title()))) {
            return;
        }
        ui.executor().execute(BackgroundTask.of(ui.text("meeting.task.save"), p -> ui.app().meetings().delete(m.id()))
                .onSuccess(r -> {
                    if (r == MeetingService.Deletion.HELD) {
                        ui.dialogs().showInfo(ui.text("meeting.delete"), ui.text("meeting.delete.held", m.title()));
                        return;
                    }
                    newMeeting();
                    reload();
                }));
    }

    /** Lists who would sit in the chosen body on the chosen date, for review before the meeting. */
    public void previewSeats() {
        String bodyId = body.get().value();
        LocalDate on = date.get();
        ui.executor().execute(BackgroundTask.of(ui.text("meeting.task.seats"), p -> ui.app().meetings().seats(bodyId, on))
                .onSuccess(list -> seatsPreview.set(list.isEmpty() ? ui.text("meeting.seats.none")
                        : ui.text("meeting.seats.preview", list.size(), String.join("\n",
                        list.stream().map(s -> s.label()).toList())))));
    }

    public void markAllPresent() {
        seats.stream().filter(SeatRow::seated).forEach(r -> r.statusProperty().set(AttendanceStatus.PRESENT));
    }

    /** Saves attendance, and the details typed with it (a changed name is not lost). */
    public void saveAttendance() {
        MeetingView m = meeting.get();
        MeetingDraft d = detailsDirty() ? draft() : null;
        List<MeetingService.AttendanceInput> in = seats.stream().map(r -> new MeetingService.AttendanceInput(
                r.seat().attendanceId(), r.statusProperty().get(), r.attendeeProperty().get(), r.remarksProperty().get(),
                r.seat().version())).toList();
        List<SeatRow> typed = List.copyOf(seats);
        ui.executor().execute(BackgroundTask.of(ui.text("meeting.task.attendance"),
                p -> {
                    if (d != null) {
                        ui.app().meetings().save(d);
                    }
                    return ui.app().meetings().recordAttendance(m.id(), in);
                }).onSuccess(v -> {
                    show(v);
                    reload();
                }).onFailure(error -> {
                    ui.dialogs().showError(ui.text("meeting.task.attendance"), error);
                    if (error instanceof EditConflict) {
                        reloadKeepingAttendance(m.id(), typed);
                    }
                }));
    }

    /**
     * After another PC recorded attendance first: the stored rows, with what was typed here in a row
     * (differing from how that row was loaded) laid over it, at the stored versions (decision 0018).
     */
    private void reloadKeepingAttendance(long meetingId, List<SeatRow> typed) {
        ui.executor().execute(BackgroundTask.of(ui.text("meeting.task.open"), p -> ui.app().meetings().load(meetingId))
                .onSuccess(fresh -> {
                    show(fresh);
                    for (SeatRow was : typed) {
                        seats.stream().filter(r -> r.seat().attendanceId() == was.seat().attendanceId()).findFirst()
                                .ifPresent(r -> was.keepTypedIn(r));
                    }
                    updateQuorum();
                }));
    }

    public void addObserver(String name, String unit) {
        MeetingView m = meeting.get();
        if (m == null || name == null || name.isBlank()) {
            return;
        }
        ui.executor().execute(BackgroundTask.of(ui.text("meeting.task.attendance"),
                p -> ui.app().meetings().addObserver(m.id(), name, unit)).onSuccess(this::show));
    }

    public ReadOnlyObjectProperty<MeetingView> meetingProperty() {
        return meeting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty quorumLineProperty() {
        return quorumLine.getReadOnlyProperty();
    }

    /** 「应到人员已按名册更新：增加 …；减少 …」 after the roster changed a planned meeting's seats. */
    public ReadOnlyStringProperty seatNoteProperty() {
        return seatNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty seatsPreviewProperty() {
        return seatsPreview.getReadOnlyProperty();
    }
}
