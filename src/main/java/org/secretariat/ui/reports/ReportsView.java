package org.secretariat.ui.reports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.secretariat.domain.ChineseMoney;
import org.secretariat.service.fees.FeeService;
import org.secretariat.service.fees.MoneyInput;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.DateFields;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.ViewLoader;

/** Reports: the annual work report (narrative edited here, exported as Word or PDF), the statistics table, and fees. */
public final class ReportsView {

    private final UiContext ui;
    private final Parent root;

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
        this.root = ViewLoader.load(this, ui.messages());
    }

    public Parent root() {
        return root;
    }

    public void showFees() {
        feesTab.getTabPane().getSelectionModel().select(feesTab);
    }

    @FXML
    private void initialize() {
        int now = ui.today().getYear();
        for (int y = now; y >= now - 6; y--) {
            yearBox.getItems().add(y);
            feeYearBox.getItems().add(y);
        }
        yearBox.setValue(ui.today().getMonthValue() <= 3 ? now - 1 : now);
        yearBox.valueProperty().addListener((o, a, b) -> loadYear());
        loadYear();
        installFees(now);
    }

    private void loadYear() {
        int year = yearBox.getValue();
        ui.executor().execute(BackgroundTask.of(ui.text("report.task.load", year), p -> new Loaded(
                ui.app().reports().narrative(year), ui.app().reports().facts(year))).onSuccess(r -> {
                    mainWorkArea.setText(r.texts().get("main-work"));
                    problemsArea.setText(r.texts().get("problems"));
                    nextYearArea.setText(r.texts().get("next-year"));
                    summaryLabel.setText(ui.text("report.summary", year, r.facts().membersAtStart(), r.facts().membersAtEnd(),
                            r.facts().joined().size(), r.facts().withdrew().size() + r.facts().expelled().size(),
                            r.facts().meetings().size(), r.facts().activities().size(), r.facts().certificatesIssued()));
                }));
    }

    private record Loaded(Map<String, String> texts, org.secretariat.service.reports.ReportFacts facts) {
    }

    private Map<String, String> texts() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("main-work", mainWorkArea.getText());
        t.put("problems", problemsArea.getText());
        t.put("next-year", nextYearArea.getText());
        return t;
    }

    @FXML
    private void onSaveText() {
        int year = yearBox.getValue();
        Map<String, String> t = texts();
        ui.executor().execute(BackgroundTask.of(ui.text("report.saveText"), p -> {
            ui.app().reports().saveNarrative(year, t);
            return null;
        }).onSuccess(x -> messageLabel.setText(ui.text("report.saved"))));
    }

    @FXML
    private void onExport() {
        int year = yearBox.getValue();
        Map<String, String> t = texts();
        ui.dialogs().chooseSaveFile(ui.text("report.export"), ui.text("report.fileName", year), ui.text("meeting.doc.fileTypes"),
                "*.docx", "*.pdf").ifPresent(chosen -> {
                    String n = chosen.getFileName().toString().toLowerCase(Locale.ROOT);
                    Path target = n.endsWith(".pdf") || n.endsWith(".docx") ? chosen : chosen.resolveSibling(chosen.getFileName() + ".docx");
                    ui.executor().execute(BackgroundTask.of(ui.text("report.task.export", year), p -> {
                        p.update(1, 3, null);
                        ui.app().reports().saveNarrative(year, t);
                        p.update(2, 3, null);
                        ui.app().reports().write(year, target, ui.app().documents());
                        return target;
                    }).onSuccess(x -> messageLabel.setText(ui.text("meeting.doc.done", x))));
                });
    }

    @FXML
    private void onStatistics() {
        int year = yearBox.getValue();
        ui.dialogs().chooseSaveFile(ui.text("report.statistics"), ui.text("report.statisticsName", year),
                ui.text("export.fileTypes"), "*.xlsx").ifPresent(target ->
                ui.executor().execute(BackgroundTask.of(ui.text("report.statistics"), p -> {
                    ui.app().reports().writeStatistics(year, target);
                    return target;
                }).onSuccess(x -> messageLabel.setText(ui.text("meeting.doc.done", x)))));
    }

    private void installFees(int now) {
        boolean charged = ui.app().fees().charged();
        feesHint.setText(charged ? ui.text("fee.hint", ui.app().fees().article()) : ui.text("fee.none",
                ui.app().charter().map(c -> c.fees().citation().article()).orElse("")));
        for (javafx.scene.Node n : new javafx.scene.Node[] {rateButton, payButton, receiptButton, accountTable, paymentTable}) {
            n.setDisable(!charged);
        }
        ui.app().charter().ifPresent(c -> c.tiers().forEach(t -> rateTierBox.getItems().add(new Choice<>(t.id(), t.name()))));
        if (!rateTierBox.getItems().isEmpty()) {
            rateTierBox.setValue(rateTierBox.getItems().get(0));
        }
        feeYearBox.setValue(now);
        feeYearBox.valueProperty().addListener((o, a, b) -> loadFees());
        DateFields.install(paidPicker);
        paidPicker.setValue(ui.today());
        column(accUnitColumn, FeeService.Account::unitName);
        column(accTierColumn, FeeService.Account::tierName);
        column(accOwedColumn, a -> ChineseMoney.figures(a.owed()));
        column(accPaidColumn, a -> ChineseMoney.figures(a.paid()));
        column(accBalanceColumn, a -> ChineseMoney.figures(a.balance()));
        column(payNoColumn, FeeService.Payment::receiptNo);
        column(payUnitColumn, FeeService.Payment::unitName);
        column(payAmountColumn, x -> ChineseMoney.figures(x.amount()));
        column(payDateColumn, x -> x.paidOn().toString());
        if (charged) {
            loadFees();
        }
    }

    private static <T> void column(TableColumn<T, String> c, Function<T, String> value) {
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    }

    private void loadFees() {
        int year = feeYearBox.getValue();
        ui.executor().execute(BackgroundTask.of(ui.text("fee.task.load"), p -> new Fees(ui.app().fees().accounts(year),
                ui.app().fees().payments(year))).onSuccess(f -> {
                    accountTable.getItems().setAll(f.accounts());
                    paymentTable.getItems().setAll(f.payments());
                }));
    }

    private record Fees(java.util.List<FeeService.Account> accounts, java.util.List<FeeService.Payment> payments) {
    }

    /** The typed amount through the one money reader, or null with its reason shown. */
    private BigDecimal money(String text) {
        MoneyInput.Parsed parsed = MoneyInput.parse(text);
        feeMessage.setText(parsed.ok() ? "" : ui.messages().get(parsed.problem()));
        return parsed.amount();
    }

    @FXML
    private void onSetRate() {
        BigDecimal amount = money(rateField.getText());
        if (amount == null || amount.signum() < 0) {
            return;
        }
        int year = feeYearBox.getValue();
        String tier = rateTierBox.getValue().value();
        ui.executor().execute(BackgroundTask.of(ui.text("fee.task.load"), p -> {
            ui.app().fees().setRate(year, tier, amount);
            return null;
        }).onSuccess(x -> loadFees()));
    }

    @FXML
    private void onPay() {
        FeeService.Account a = accountTable.getSelectionModel().getSelectedItem();
        BigDecimal amount = money(amountField.getText());
        if (a == null) {
            feeMessage.setText(ui.text("fee.error.unit"));
            return;
        }
        if (amount == null || amount.signum() <= 0) {
            return;
        }
        int year = feeYearBox.getValue();
        LocalDate on = paidPicker.getValue() == null ? ui.today() : paidPicker.getValue();
        String method = methodField.getText();
        ui.executor().execute(BackgroundTask.of(ui.text("fee.record"),
                p -> ui.app().fees().pay(a.unitId(), year, amount, on, method, null)).onSuccess(id -> {
                    feeMessage.setText(ui.text("fee.recorded"));
                    amountField.clear();
                    loadFees();
                }));
    }

    @FXML
    private void onReceipt() {
        FeeService.Payment pay = paymentTable.getSelectionModel().getSelectedItem();
        if (pay == null) {
            feeMessage.setText(ui.text("fee.error.payment"));
            return;
        }
        ui.dialogs().chooseSaveFile(ui.text("fee.receipt"), "收据-" + pay.receiptNo() + ".pdf", "PDF / Word", "*.pdf", "*.docx")
                .ifPresent(target -> ui.executor().execute(BackgroundTask.of(ui.text("fee.receipt"), p -> {
                    ui.app().documents().write(ui.app().fees().receipt(pay.id()), target);
                    return target;
                }).onSuccess(x -> feeMessage.setText(ui.text("meeting.doc.done", x)))));
    }
}
