package org.secretariat.ui.home;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.secretariat.service.meetings.ObligationService;
import org.secretariat.ui.Choice;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.ViewLoader;

/** The home screen: the list of what is due, and recording members' proposals for an extra meeting. */
public final class HomeView {

    private final UiContext ui;
    private final HomeViewModel model;
    /** Where the buttons next to due items lead. */
    public record Navigation(Runnable meetings, java.util.function.Consumer<Long> caseById,
                             java.util.function.Consumer<Long> unitById, Runnable certificates, Runnable fees) {
    }

    private final Navigation navigation;
    private final Parent root;

    @FXML private Label summaryLabel;
    @FXML private TableView<ObligationService.Due> dueTable;
    @FXML private TableColumn<ObligationService.Due, String> byColumn;
    @FXML private TableColumn<ObligationService.Due, String> whatColumn;
    @FXML private TableColumn<ObligationService.Due, String> articleColumn;
    @FXML private HBox proposalBox;
    @FXML private ComboBox<Choice<String>> proposalBody;
    @FXML private ComboBox<Choice<Long>> proposalUnit;
    @FXML private Button proposeButton;
    @FXML private HBox inactiveBox;
    @FXML private TextField dismissReasonField;
    @FXML private Button dismissButton;
    @FXML private Button confirmWithdrawalButton;

    public HomeView(UiContext ui, Navigation navigation) {
        this.ui = ui;
        this.model = new HomeViewModel(ui);
        this.navigation = navigation;
        this.root = ViewLoader.load(this, ui.messages());
        org.secretariat.ui.Refreshable.attach(root, model::reload);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(model.summaryProperty());
        dueTable.setItems(model.due);
        byColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().by().toString()));
        whatColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(ui.messages().get(c.getValue().what())));
        articleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().article()));
        dueTable.setRowFactory(t -> {
            TableRow<ObligationService.Due> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        boolean proposals = !model.proposalBodies.isEmpty();
        proposalBox.setVisible(proposals);
        proposalBox.setManaged(proposals);
        proposalBody.getItems().setAll(model.proposalBodies);
        proposalBody.valueProperty().bindBidirectional(model.proposalBody);
        proposalUnit.setItems(model.units);
        proposalUnit.valueProperty().bindBidirectional(model.proposalUnit);
        proposeButton.disableProperty().bind(model.proposalUnit.isNull());
        model.selected.bind(dueTable.getSelectionModel().selectedItemProperty());
        inactiveBox.visibleProperty().bind(model.inactiveSelected);
        inactiveBox.managedProperty().bind(model.inactiveSelected);
        dismissReasonField.textProperty().bindBidirectional(model.dismissReason);
        dismissButton.disableProperty().bind(model.dismissReason.isEmpty());
        // confirming withdraws a member: never the button Enter presses
        confirmWithdrawalButton.setDefaultButton(false);
        model.reload();
    }

    @FXML
    private void onOpen() {
        ObligationService.Due d = dueTable.getSelectionModel().getSelectedItem();
        if (d != null) {
            open(d);
        }
    }

    /** Opens the thing to do: the case, the unit (also for an inactivity proposal), the meetings, the certificates or the fees. */
    private void open(ObligationService.Due d) {
        switch (d.target()) {
            case CASE, WITHDRAWAL -> navigation.caseById().accept(d.targetId());
            case UNIT -> navigation.unitById().accept(d.targetId());
            case CERTIFICATES -> navigation.certificates().run();
            case MEETINGS -> navigation.meetings().run();
            case FEES -> navigation.fees().run();
            case INACTIVE -> navigation.unitById().accept(d.targetId()); // to check it; confirm is its own button
        }
    }

    @FXML
    private void onDismiss() {
        model.dismissSelected();
    }

    @FXML
    private void onConfirmWithdrawal() {
        model.confirmSelectedWithdrawal();
    }

    @FXML
    private void onPropose() {
        model.propose();
    }
}
