package org.secretariat.ui.cases;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.secretariat.charter.ProcedureKind;
import org.secretariat.domain.CaseStatus;
import org.secretariat.domain.StepDecision;
import org.secretariat.service.cases.CaseView;
import org.secretariat.ui.Choice;
import org.secretariat.ui.DateFields;
import org.secretariat.ui.Tone;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.ViewLoader;

/** The cases screen: open a case, follow its charter steps, record each one, and write its papers. */
public final class CasesView {

    private final UiContext ui;
    private final CasesViewModel model;
    private final CaseDocumentsModel documents;
    private final Parent root;

    @FXML private ComboBox<Choice<String>> procedureBox;
    @FXML private ComboBox<Choice<Long>> unitBox;
    @FXML private Label recommendersLabel;
    @FXML private TextField recommendersField;
    @FXML private DatePicker openedPicker;
    @FXML private CheckBox showClosedBox;
    @FXML private ListView<CaseView> caseList;
    @FXML private Label caseTitle;
    @FXML private Label caseInfo;
    @FXML private TableView<CaseView.Step> stepTable;
    @FXML private TableColumn<CaseView.Step, String> stepColumn;
    @FXML private TableColumn<CaseView.Step, String> whoColumn;
    @FXML private TableColumn<CaseView.Step, String> ruleColumn;
    @FXML private TableColumn<CaseView.Step, String> dueColumn;
    @FXML private TableColumn<CaseView.Step, String> doneColumn;
    @FXML private TableColumn<CaseView.Step, String> decisionColumn;
    @FXML private TableColumn<CaseView.Step, String> remarksColumn;
    @FXML private Label nextStepLabel;
    @FXML private DatePicker stepPicker;
    @FXML private TextField byField;
    @FXML private ComboBox<Choice<StepDecision>> decisionBox;
    @FXML private TextField remarksField;
    @FXML private HBox voteBox;
    @FXML private TextField seatedField;
    @FXML private TextField presentField;
    @FXML private TextField yesField;
    @FXML private TextField noField;
    @FXML private TextField abstainField;
    @FXML private Button recordButton;
    @FXML private Button confirmButton;
    @FXML private Button cancelButton;
    @FXML private Button formButton;
    @FXML private Button noticeButton;
    @FXML private Button emailButton;
    @FXML private Label problemLabel;
    @FXML private Button amendButton;
    @FXML private Button dissolveButton;
    @FXML private Label orgNote;

    public CasesView(UiContext ui) {
        this.ui = ui;
        this.model = new CasesViewModel(ui);
        this.documents = new CaseDocumentsModel(ui);
        this.root = ViewLoader.load(this, ui.messages());
        org.secretariat.ui.Refreshable.attach(root, model::reload);
    }

    public Parent root() {
        return root;
    }

    public CasesViewModel model() {
        return model;
    }

    /** Opens the screen on one case (from the home screen). */
    public void select(long caseId) {
        model.showClosed.set(true);
        model.cases.addListener((javafx.collections.ListChangeListener<CaseView>) c ->
                model.cases.stream().filter(x -> x.id() == caseId).findFirst().ifPresent(x -> caseList.getSelectionModel().select(x)));
    }

    @FXML
    private void initialize() {
        procedureBox.getItems().setAll(model.procedures);
        procedureBox.valueProperty().bindBidirectional(model.procedure);
        unitBox.setItems(model.units);
        unitBox.valueProperty().bindBidirectional(model.unit);
        recommendersField.textProperty().bindBidirectional(model.recommenders);
        Runnable showRecommenders = () -> {
            boolean need = model.needsRecommenders();
            recommendersLabel.setVisible(need);
            recommendersField.setVisible(need);
        };
        model.procedure.addListener((o, a, b) -> showRecommenders.run());
        showRecommenders.run();
        DateFields.install(openedPicker);
        openedPicker.valueProperty().bindBidirectional(model.openedOn);
        showClosedBox.selectedProperty().bindBidirectional(model.showClosed);
        caseList.setItems(model.visible);
        caseList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CaseView c, boolean empty) {
                super.updateItem(c, empty);
                CaseView.Step next = c == null ? null : c.nextStep();
                setText(empty || c == null ? null : c.unitName() + "\n" + c.procedureName() + "　"
                        + (c.status() == CaseStatus.OPEN ? (next == null ? "" : ui.text("case.waiting", next.name()))
                        : ui.text("case.status." + c.status().name())));
                Tone.of(empty || c == null ? null : c.status()).apply(this); // refused in red, approved in green
            }
        });
        caseList.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> model.selected.set(c));
        model.selected.addListener((o, a, c) -> show(c));
        column(stepColumn, CaseView.Step::name);
        column(whoColumn, s -> s.bodyName() != null ? s.bodyName() : ui.text("case.actor." + s.actor()));
        column(ruleColumn, s -> s.rule() == null ? "" : s.rule());
        column(dueColumn, s -> model.dated(s.dueBy(), s.dueNote()));
        dueColumn.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // a note on the calendar is longer than the column: the whole of it on hover
                setTooltip(empty || text == null || text.length() <= 10 ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        column(doneColumn, s -> s.doneOn() == null ? "" : s.doneOn().toString());
        column(decisionColumn, s -> s.decision() == null ? "" : ui.text("decision." + s.decision().name()));
        decisionColumn.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                CaseView.Step step = empty || getTableRow() == null ? null : getTableRow().getItem();
                Tone.of(step == null ? null : step.decision()).apply(this);
            }
        });
        column(remarksColumn, s -> s.remarks() == null ? "" : s.remarks());
        nextStepLabel.textProperty().bind(model.nextStepLineProperty());
        DateFields.install(stepPicker);
        stepPicker.valueProperty().bindBidirectional(model.stepOn);
        byField.textProperty().bindBidirectional(model.stepBy);
        decisionBox.setItems(model.decisions);
        decisionBox.valueProperty().bindBidirectional(model.decision);
        remarksField.textProperty().bindBidirectional(model.remarks);
        seatedField.textProperty().bindBidirectional(model.seated);
        presentField.textProperty().bindBidirectional(model.present);
        yesField.textProperty().bindBidirectional(model.yes);
        noField.textProperty().bindBidirectional(model.no);
        abstainField.textProperty().bindBidirectional(model.abstain);
        problemLabel.textProperty().bind(model.problemsProperty());
        model.openedOn.addListener((o, a, b) -> offerOrganisationCases());
        offerOrganisationCases();
        show(null);
        model.reload();
    }

    private static <T> void column(TableColumn<T, String> c, Function<T, String> value) {
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    }

    private void show(CaseView c) {
        boolean none = c == null;
        boolean open = !none && c.status() == CaseStatus.OPEN;
        CaseView.Step next = none ? null : c.nextStep();
        caseTitle.setText(none ? ui.text("case.none") : c.unitName() + " — " + c.procedureName());
        caseInfo.setText(none ? "" : c.isOrganisation() ? ui.text("case.org.info", c.article(), c.openedOn(),
                ui.text("case.status." + c.status().name()), model.amendmentOf(c), c.outcome() == null ? "—" : c.outcome())
                : ui.text("case.info", c.article(), c.openedOn(), ui.text("case.status." + c.status().name()),
                c.effectiveOn() == null ? "—" : model.dated(c.effectiveOn(), c.effectiveNote()), c.outcome() == null ? "—" : c.outcome(),
                c.recommenders() == null ? "—" : c.recommenders()));
        stepTable.getItems().setAll(none ? java.util.List.of() : c.steps());
        recordButton.setDisable(!open || next == null);
        boolean body = next != null && "body".equals(next.actor());
        voteBox.setVisible(body);
        voteBox.setManaged(body);
        confirmButton.setDisable(!open || !"WITHDRAWAL".equals(c.kind()) || next != null);
        cancelButton.setDisable(!open);
        boolean unit = !none && !c.isOrganisation(); // the organisation's own case has no unit's papers
        formButton.setDisable(!unit);
        noticeButton.setDisable(!unit || c.status() == CaseStatus.CANCELLED);
        emailButton.setDisable(!unit || !documents.hasEmailStep(c));
    }

    /**
     * 「修改章程」/「终止本组织」 only where the charter in force on the opening day has them; where the
     * profile says the charter states neither (联席会议), its reading instead.
     */
    private void offerOrganisationCases() {
        boolean amend = model.offers(ProcedureKind.AMENDMENT);
        boolean dissolve = model.offers(ProcedureKind.DISSOLUTION);
        amendButton.setDisable(!amend);
        dissolveButton.setDisable(!dissolve);
        String why = String.join("\n", java.util.stream.Stream.of(amend ? "" : model.notOffered(ProcedureKind.AMENDMENT),
                dissolve ? "" : model.notOffered(ProcedureKind.DISSOLUTION)).filter(x -> !x.isEmpty()).toList());
        orgNote.setText(amend ? ui.text("case.org.hint") + (why.isEmpty() ? "" : "\n" + why) : why);
    }

    @FXML
    private void onAmend() {
        ui.dialogs().chooseOpenFile(ui.text("case.org.chooseProfile"), ui.text("case.org.fileTypes"), "*.yaml", "*.yml")
                .ifPresent(file -> ui.dialogs().askText(ui.text("case.org.amend"), ui.text("case.org.titlePrompt"), "")
                        .ifPresent(title -> model.openForOrganisation(ProcedureKind.AMENDMENT, file, title)));
    }

    @FXML
    private void onDissolve() {
        if (ui.dialogs().confirmCarefully(ui.text("case.org.dissolve"), ui.text("case.org.dissolveConfirm"),
                ui.text("case.open"), ui.text("case.org.cancel"))) {
            model.openForOrganisation(ProcedureKind.DISSOLUTION, null, null);
        }
    }

    @FXML
    private void onOpen() {
        model.open();
    }

    @FXML
    private void onRecord() {
        model.recordStep();
    }

    @FXML
    private void onConfirm() {
        model.confirmWithdrawal();
    }

    @FXML
    private void onCancel() {
        ui.dialogs().askText(ui.text("case.cancel"), ui.text("case.cancel.reason"), "").ifPresent(model::cancel);
    }

    @FXML
    private void onBlankForm() {
        if (model.procedure.get() != null) {
            documents.blankForm(model.procedure.get().value());
        }
    }

    @FXML
    private void onForm() {
        documents.applicationForm(model.selected.get());
    }

    @FXML
    private void onNotice() {
        documents.notice(model.selected.get());
    }

    @FXML
    private void onEmail() {
        documents.email(model.selected.get());
    }
}
