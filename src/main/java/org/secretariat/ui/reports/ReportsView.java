package org.secretariat.ui.reports;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.secretariat.domain.ChineseMoney;
import org.secretariat.service.fees.FeeService;
import org.secretariat.ui.Choice;
import org.secretariat.ui.DateFields;
import org.secretariat.ui.LeaveGuard;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.UnsavedWork;
import org.secretariat.ui.ViewLoader;

/**
 * Reports: the annual work report (narrative edited here, exported as Word or PDF), the statistics
 * table, and fees. Binds {@link ReportsViewModel}; typed narrative is not lost without 保存/不保存/取消
 * when another screen, another tab or another year is chosen.
 */
public final class ReportsView {

    private final UiContext ui;
    private final ReportsViewModel model;
    private final Parent root;
    private boolean reverting;

    @FXML private TabPane tabs;
    @FXML private ComboBox<Integer> yearBox;
    @FXML private Label summaryLabel;
    @FXML private TextArea mainWorkArea;
    @FXML private TextArea problemsArea;
    @FXML private TextArea nextYearArea;
    @FXML private Label messageLabel;
    @FXML private Tab feesTab;
    @FXML private Label feesHint;
    @FXML private ComboBox<Integer> feeYearBox;
    @FXML private ComboBox<Choice<String>> rateTierBox;
    @FXML private TextField rateField;
    @FXML private Button rateButton;
    @FXML private TableView<FeeService.Account> accountTable;
    @FXML private TableColumn<FeeService.Account, String> accUnitColumn;
    @FXML private TableColumn<FeeService.Account, String> accTierColumn;
    @FXML private TableColumn<FeeService.Account, String> accOwedColumn;
    @FXML private TableColumn<FeeService.Account, String> accPaidColumn;
    @FXML private TableColumn<FeeService.Account, String> accBalanceColumn;
    @FXML private TextField amountField;
    @FXML private DatePicker paidPicker;
    @FXML private TextField methodField;
    @FXML private Button payButton;
    @FXML private TableView<FeeService.Payment> paymentTable;
    @FXML private TableColumn<FeeService.Payment, String> payNoColumn;
    @FXML private TableColumn<FeeService.Payment, String> payUnitColumn;
    @FXML private TableColumn<FeeService.Payment, String> payAmountColumn;
    @FXML private TableColumn<FeeService.Payment, String> payDateColumn;
    @FXML private Button receiptButton;
    @FXML private Label feeMessage;

    public ReportsView(UiContext ui) {
        this.ui = ui;
        this.model = new ReportsViewModel(ui);
        this.root = ViewLoader.load(this, ui.messages());
        UnsavedWork.attach(root, unsavedNarrative());
    }

    public Parent root() {
        return root;
    }

    public void showFees() {
        feesTab.getTabPane().getSelectionModel().select(feesTab);
    }

    @FXML
    private void initialize() {
        yearBox.getItems().setAll(model.years);
        yearBox.valueProperty().bindBidirectional(model.year);
        mainWorkArea.textProperty().bindBidirectional(model.mainWork);
        problemsArea.textProperty().bindBidirectional(model.problems);
        nextYearArea.textProperty().bindBidirectional(model.nextYear);
        summaryLabel.textProperty().bind(model.summaryProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        model.year.addListener((o, before, after) -> {
            if (reverting || after == null) {
                return;
            }
            if (mayLeaveNarrative()) {
                model.loadYear();
            } else {
                revert(() -> model.year.set(before));
            }
        });
        tabs.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (!reverting && before != null && before != feesTab && !mayLeaveNarrative()) {
                revert(() -> tabs.getSelectionModel().select(before));
            }
        });
        model.loadYear();
        installFees();
    }

    /** Asks before the narrative in the fields is replaced or left. */
    private boolean mayLeaveNarrative() {
        return LeaveGuard.mayLeave(UnsavedWork.of(root).orElse(null), ui.dialogs(), ui.messages());
    }

    /** Puts the previous choice back after 取消, once the current change has settled. */
    private void revert(Runnable back) {
        Platform.runLater(() -> {
            reverting = true;
            try {
                back.run();
            } finally {
                reverting = false;
            }
        });
    }

    private UnsavedWork unsavedNarrative() {
        return new UnsavedWork() {
            @Override
            public boolean hasUnsavedChanges() {
                return model.hasUnsavedChanges();
            }

            @Override
            public String describeUnsaved() {
                return model.describeUnsaved();
            }

            @Override
            public boolean saveUnsaved() {
                model.saveText(() -> { });
                return true;
            }

            @Override
            public void discardUnsaved() {
                model.discardText();
            }
        };
    }

    @FXML
    private void onSaveText() {
        model.saveText(() -> { });
    }

    @FXML
    private void onExport() {
        int year = yearBox.getValue();
        ui.dialogs().chooseSaveFile(ui.text("report.export"), ui.text("report.fileName", year), ui.text("meeting.doc.fileTypes"),
                "*.docx", "*.pdf").ifPresent(chosen -> {
                    String n = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
                    Path target = n.endsWith(".pdf") || n.endsWith(".docx") ? chosen : chosen.resolveSibling(chosen.getFileName() + ".docx");
                    model.export(target);
                });
    }

    @FXML
    private void onStatistics() {
        int year = yearBox.getValue();
        ui.dialogs().chooseSaveFile(ui.text("report.statistics"), ui.text("report.statisticsName", year),
                ui.text("export.fileTypes"), "*.xlsx").ifPresent(model::statistics);
    }

    private void installFees() {
        boolean charged = model.feesCharged();
        feesHint.setText(model.feesHint());
        for (Node n : new Node[] {rateButton, payButton, receiptButton, accountTable, paymentTable}) {
            n.setDisable(!charged);
        }
        rateTierBox.getItems().setAll(model.tierChoices);
        rateTierBox.valueProperty().bindBidirectional(model.rateTier);
        feeYearBox.getItems().setAll(model.years);
        feeYearBox.valueProperty().bindBidirectional(model.feeYear);
        model.feeYear.addListener((o, a, b) -> model.loadFees());
        rateField.textProperty().bindBidirectional(model.rateText);
        amountField.textProperty().bindBidirectional(model.amountText);
        methodField.textProperty().bindBidirectional(model.method);
        DateFields.install(paidPicker);
        paidPicker.valueProperty().bindBidirectional(model.paidOn);
        feeMessage.textProperty().bind(model.feeMessageProperty());
        accountTable.setItems(model.accounts);
        paymentTable.setItems(model.payments);
        column(accUnitColumn, FeeService.Account::unitName);
        column(accTierColumn, FeeService.Account::tierName);
        column(accOwedColumn, a -> ChineseMoney.figures(a.owed()));
        column(accPaidColumn, a -> ChineseMoney.figures(a.paid()));
        column(accBalanceColumn, a -> ChineseMoney.figures(a.balance()));
        column(payNoColumn, FeeService.Payment::receiptNo);
        column(payUnitColumn, FeeService.Payment::unitName);
        column(payAmountColumn, x -> ChineseMoney.figures(x.amount()));
        column(payDateColumn, x -> x.paidOn().toString());
        model.loadFees();
    }

    private static <T> void column(TableColumn<T, String> c, Function<T, String> value) {
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    }

    @FXML
    private void onSetRate() {
        model.setRate();
    }

    @FXML
    private void onPay() {
        model.pay(accountTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void onReceipt() {
        FeeService.Payment pay = paymentTable.getSelectionModel().getSelectedItem();
        if (pay == null) {
            model.noPaymentChosen();
            return;
        }
        ui.dialogs().chooseSaveFile(ui.text("fee.receipt"), "收据-" + pay.receiptNo() + ".pdf", "PDF / Word", "*.pdf", "*.docx")
                .ifPresent(target -> model.receipt(pay, target));
    }
}
