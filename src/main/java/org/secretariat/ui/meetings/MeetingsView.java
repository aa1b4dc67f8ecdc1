package org.secretariat.ui.meetings;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.StringConverter;
import org.secretariat.domain.AttendanceStatus;
import org.secretariat.domain.MeetingKind;
import org.secretariat.domain.MotionKind;
import org.secretariat.service.meetings.MeetingService;
import org.secretariat.service.meetings.MeetingView;
import org.secretariat.ui.Choice;
import org.secretariat.ui.DateFields;
import org.secretariat.ui.Tone;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.ViewLoader;

/** The meetings screen: list, details, attendance with the quorum line, agenda and votes, documents. */
public final class MeetingsView {

    private final UiContext ui;
    private final MeetingsViewModel model;
    private boolean reverting;
    private final MeetingDocumentsModel documents;
    private final Parent root;

    @FXML private ListView<MeetingService.Row> meetingList;
    @FXML private ComboBox<Choice<String>> bodyBox;
    @FXML private TextField titleField;
    @FXML private DatePicker datePicker;
    @FXML private TextField timeField;
    @FXML private ComboBox<Choice<MeetingKind>> kindBox;
    @FXML private TextField placeField;
    @FXML private TextField convenerField;
    @FXML private Button seatsButton;
    @FXML private Button deleteButton;
    @FXML private Label seatNoteLabel;
    @FXML private Button correctButton;
    @FXML private Button noticeButton;
    @FXML private Button signInButton;
    @FXML private Button minutesButton;
    @FXML private Label quorumLabel;
    @FXML private TableView<SeatRow> seatTable;
    @FXML private TableColumn<SeatRow, String> seatColumn;
    @FXML private TableColumn<SeatRow, AttendanceStatus> statusColumn;
    @FXML private TableColumn<SeatRow, String> attendeeColumn;
    @FXML private TableColumn<SeatRow, String> remarksColumn;
    @FXML private Button allPresentButton;
    @FXML private Button saveAttendanceButton;
    @FXML private TextField observerName;
    @FXML private TextField observerUnit;
    @FXML private Button observerButton;
    @FXML private ListView<MeetingView.Item> agendaList;
    @FXML private TextField itemTitle;
    @FXML private ComboBox<Choice<MotionKind>> itemKind;
    @FXML private ComboBox<Choice<Long>> itemUnit;
    @FXML private ComboBox<Choice<String>> itemTier;
    @FXML private ComboBox<Choice<String>> itemOffice;
    @FXML private TextField itemPerson;
    @FXML private ComboBox<Choice<String>> itemVote;
    @FXML private Button addItemButton;
    @FXML private Label ruleLabel;
    @FXML private TextField yesField;
    @FXML private TextField noField;
    @FXML private TextField abstainField;
    @FXML private Button recordButton;
    @FXML private Label verdictLabel;
    @FXML private TableView<AgendaModel.VoteRow> ballotTable;
    @FXML private TableColumn<AgendaModel.VoteRow, String> ballotSeatColumn;
    @FXML private TableColumn<AgendaModel.VoteRow, org.secretariat.domain.VoteChoice> ballotChoiceColumn;
    @FXML private Button recordByNameButton;
    @FXML private Label problemLabel;

    public MeetingsView(UiContext ui) {
        this.ui = ui;
        this.model = new MeetingsViewModel(ui);
        this.documents = new MeetingDocumentsModel(ui);
        this.root = ViewLoader.load(this, ui.messages());
        org.secretariat.ui.Refreshable.attach(root, model::reload);
        org.secretariat.ui.UnsavedWork.attach(root, model.unsavedWork());
    }

    public Parent root() {
        return root;
    }

    public MeetingsViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        meetingList.setItems(model.meetings);
        meetingList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MeetingService.Row r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : r.date() + "  " + r.bodyName() + "\n" + r.title()
                        + (r.held() ? "　" + ui.text("meeting.list.held", r.present(), r.seated()) : "　" + ui.text("meeting.list.planned")));
            }
        });
        meetingList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (reverting) {
                return;
            }
            if (a != null && b != a && !mayLeaveMeeting()) {
                reverting = true; // 取消: the typed meeting stays selected and nothing is lost
                javafx.application.Platform.runLater(() -> {
                    meetingList.getSelectionModel().select(a);
                    reverting = false;
                });
                return;
            }
            model.selectedRow.set(b);
        });
        bodyBox.getItems().setAll(model.bodyChoices);
        bodyBox.valueProperty().bindBidirectional(model.body);
        titleField.textProperty().bindBidirectional(model.title);
        DateFields.install(datePicker);
        datePicker.valueProperty().bindBidirectional(model.date);
        timeField.textProperty().bindBidirectional(model.time);
        kindBox.getItems().setAll(model.kindChoices);
        kindBox.valueProperty().bindBidirectional(model.kind);
        placeField.textProperty().bindBidirectional(model.place);
        convenerField.textProperty().bindBidirectional(model.convener);
        quorumLabel.textProperty().bind(model.quorumLineProperty());
        var noMeeting = model.meetingProperty().isNull();
        for (Button b : new Button[] {noticeButton, signInButton, minutesButton, allPresentButton, saveAttendanceButton,
            observerButton, addItemButton, recordButton}) {
            b.disableProperty().bind(noMeeting);
        }
        seatsButton.disableProperty().bind(model.body.isNull());
        // a held meeting stays on the record; only a planned one can be deleted
        deleteButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> model.meetingProperty().get() == null || model.meetingProperty().get().held(), model.meetingProperty()));
        seatNoteLabel.textProperty().bind(model.seatNoteProperty());
        seatNoteLabel.visibleProperty().bind(model.seatNoteProperty().isNotEmpty());
        seatNoteLabel.managedProperty().bind(seatNoteLabel.visibleProperty());
        seatNoteLabel.getStyleClass().add("field-warning");
        model.seatsPreviewProperty().addListener((o, a, text) -> {
            if (!text.isEmpty()) {
                ui.dialogs().showInfo(ui.text("meeting.seats"), text);
            }
        });
        installSeatTable();
        installAgenda();
        model.reload();
    }

    private void installSeatTable() {
        seatTable.setItems(model.seats);
        seatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()
                + (c.getValue().seated() ? "" : "　" + ui.text("meeting.observer"))));
        statusColumn.setCellValueFactory(c -> c.getValue().statusProperty());
        statusColumn.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(AttendanceStatus s) {
                return s == null ? "" : ui.text("attendance." + s.name());
            }

            @Override
            public AttendanceStatus fromString(String s) {
                return Arrays.stream(AttendanceStatus.values()).filter(v -> toString(v).equals(s)).findFirst().orElse(null);
            }
        }, FXCollections.observableArrayList(AttendanceStatus.PRESENT, AttendanceStatus.LEAVE, AttendanceStatus.ABSENT)));
        attendeeColumn.setCellValueFactory(c -> c.getValue().attendeeProperty());
        attendeeColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        remarksColumn.setCellValueFactory(c -> c.getValue().remarksProperty());
        remarksColumn.setCellFactory(TextFieldTableCell.forTableColumn());
    }

    private void installAgenda() {
        AgendaModel a = model.agenda;
        agendaList.setItems(a.items);
        agendaList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MeetingView.Item i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : i.position() + ". " + i.title() + "\n    "
                        + ui.text("motion.kind." + i.motion().name())
                        + (i.unitName() == null ? "" : "：" + i.unitName())
                        + (i.verdict() == null ? "" : "　" + ui.text("verdict." + i.verdict().name())));
                Tone.of(empty || i == null ? null : i.verdict()).apply(this);
            }
        });
        agendaList.getSelectionModel().selectedItemProperty().addListener((o, x, i) -> a.selected.set(i));
        a.selected.addListener((o, x, i) -> {
            if (i != null && agendaList.getSelectionModel().getSelectedItem() != i) {
                agendaList.getSelectionModel().select(i);
            }
        });
        itemTitle.textProperty().bindBidirectional(a.title);
        itemKind.getItems().setAll(a.kindChoices);
        itemKind.valueProperty().bindBidirectional(a.kind);
        itemUnit.setItems(a.unitChoices);
        itemUnit.valueProperty().bindBidirectional(a.unit);
        itemTier.setItems(a.tierChoices);
        itemTier.valueProperty().bindBidirectional(a.tier);
        itemOffice.setItems(a.officeChoices);
        itemOffice.valueProperty().bindBidirectional(a.office);
        itemPerson.textProperty().bindBidirectional(a.person);
        itemVote.setItems(a.voteChoices);
        itemVote.valueProperty().bindBidirectional(a.vote);
        a.kind.addListener((o, x, k) -> enableMotionFields(k == null ? MotionKind.NONE : k.value()));
        enableMotionFields(a.kind.get().value());
        ruleLabel.textProperty().bind(a.ruleLineProperty());
        yesField.textProperty().bindBidirectional(a.yes);
        noField.textProperty().bindBidirectional(a.no);
        abstainField.textProperty().bindBidirectional(a.abstain);
        verdictLabel.textProperty().bind(a.verdictLineProperty());
        Tone.bind(verdictLabel, a.verdictToneProperty());
        ballotTable.setItems(a.ballots);
        ballotSeatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().label()));
        ballotChoiceColumn.setCellValueFactory(c -> c.getValue().choiceProperty());
        ballotChoiceColumn.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(org.secretariat.domain.VoteChoice v) {
                return v == null ? "" : ui.text("vote." + v.name());
            }

            @Override
            public org.secretariat.domain.VoteChoice fromString(String s) {
                return Arrays.stream(org.secretariat.domain.VoteChoice.values()).filter(v -> toString(v).equals(s))
                        .findFirst().orElse(null);
            }
        }, FXCollections.observableArrayList(org.secretariat.domain.VoteChoice.values())));
        recordByNameButton.disableProperty().bind(a.selected.isNull());
        correctButton.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> a.selected.get() == null || a.selected.get().verdict() == null, a.selected));
        problemLabel.textProperty().bind(a.problemsProperty());
    }

    private void enableMotionFields(MotionKind k) {
        itemUnit.setDisable(!k.needsUnit());
        itemTier.setDisable(k != MotionKind.UPGRADE);
        itemOffice.setDisable(k != MotionKind.ELECT_OFFICER);
        itemPerson.setDisable(k != MotionKind.ELECT_OFFICER);
        itemVote.setDisable(k != MotionKind.GENERAL);
    }

    /** Another meeting or a new one replaces the one being edited: 保存 / 不保存 / 取消 first. */
    private boolean mayLeaveMeeting() {
        return org.secretariat.ui.LeaveGuard.mayLeave(model.unsavedWork(), ui.dialogs(), ui.messages());
    }

    @FXML
    private void onNew() {
        if (!mayLeaveMeeting()) {
            return;
        }
        reverting = true;
        meetingList.getSelectionModel().clearSelection();
        reverting = false;
        model.newMeeting();
    }

    @FXML
    private void onSave() {
        model.saveDetails();
    }

    @FXML
    private void onDelete() {
        model.deleteMeeting();
    }

    @FXML
    private void onCorrectVote() {
        model.agenda.correctVote();
    }

    @FXML
    private void onSeats() {
        model.previewSeats();
    }

    @FXML
    private void onAllPresent() {
        model.markAllPresent();
    }

    @FXML
    private void onSaveAttendance() {
        model.saveAttendance();
    }

    @FXML
    private void onAddObserver() {
        model.addObserver(observerName.getText(), observerUnit.getText());
        observerName.clear();
        observerUnit.clear();
    }

    @FXML
    private void onAddItem() {
        model.agenda.addMotion();
    }

    @FXML
    private void onRecordVote() {
        model.agenda.recordVote();
    }

    @FXML
    private void onRecordByName() {
        model.agenda.recordByName();
    }

    @FXML
    private void onNotice() {
        documents.export(model.meetingProperty().get(), MeetingDocumentsModel.Kind.NOTICE);
    }

    @FXML
    private void onSignIn() {
        documents.export(model.meetingProperty().get(), MeetingDocumentsModel.Kind.SIGN_IN);
    }

    @FXML
    private void onMinutes() {
        documents.export(model.meetingProperty().get(), MeetingDocumentsModel.Kind.MINUTES);
    }
}
