package org.secretariat.ui.reports;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.secretariat.service.EditConflict;
import org.secretariat.service.reports.AnnualReportService;
import org.secretariat.service.fees.FeeService;
import org.secretariat.service.fees.MoneyInput;
import org.secretariat.service.reports.ReportFacts;
import org.secretariat.ui.BackgroundTask;
import org.secretariat.ui.Choice;
import org.secretariat.ui.UiContext;
import org.secretariat.ui.UserMessages;

/**
 * The reports screen without its controls: the annual report's narrative (with what is saved, so
 * leaving with typed text can be asked about), the year's figures, and fees (rates, payments,
 * receipts). Today is the app's clock's today.
 */
public final class ReportsViewModel {

    private final UiContext ui;
    private final Consumer<BackgroundTask<?>> run;
    final List<Integer> years = new ArrayList<>();
    final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    final StringProperty mainWork = new SimpleStringProperty("");
    final StringProperty problems = new SimpleStringProperty("");
    final StringProperty nextYear = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    /** The year the narrative fields hold, and its text as stored. */
    private Integer loadedYear;
    private Map<String, String> saved = texts();
    /** The sections' versions as loaded, sent back with a save (decision 0018). */
    private Map<String, Long> savedVersions;

    final ObjectProperty<Integer> feeYear = new SimpleObjectProperty<>();
    final List<Choice<String>> tierChoices = new ArrayList<>();
    final ObjectProperty<Choice<String>> rateTier = new SimpleObjectProperty<>();
    final StringProperty rateText = new SimpleStringProperty("");
    final StringProperty amountText = new SimpleStringProperty("");
    final ObjectProperty<LocalDate> paidOn = new SimpleObjectProperty<>();
    final StringProperty method = new SimpleStringProperty("");
    final ObservableList<FeeService.Account> accounts = FXCollections.observableArrayList();
    final ObservableList<FeeService.Payment> payments = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper feeMessage = new ReadOnlyStringWrapper("");

    public ReportsViewModel(UiContext ui) {
        this(ui, ui.executor()::execute);
    }

    /** @param run how background work runs: the app's executor, or at once in tests */
    ReportsViewModel(UiContext ui, Consumer<BackgroundTask<?>> run) {
        this.ui = ui;
        this.run = run;
        LocalDate today = ui.today();
        int now = today.getYear();
        for (int y = now; y >= now - 6; y--) {
            years.add(y);
        }
        year.set(today.getMonthValue() <= 3 ? now - 1 : now); // the first quarter reports on the year before
        feeYear.set(now);
        paidOn.set(today);
        ui.app().charter().ifPresent(c -> c.tiers().forEach(t -> tierChoices.add(new Choice<>(t.id(), t.name()))));
        if (!tierChoices.isEmpty()) {
            rateTier.set(tierChoices.get(0));
        }
    }

    /** Reads the selected year's narrative and figures; what was typed is replaced. */
    public void loadYear() {
        int y = year.get();
        run.accept(BackgroundTask.of(ui.text("report.task.load", y), p -> new Loaded(
                ui.app().reports().narrativeForEditing(y), ui.app().reports().facts(y))).onSuccess(r -> {
                    mainWork.set(r.texts().texts().get("main-work"));
                    problems.set(r.texts().texts().get("problems"));
                    nextYear.set(r.texts().texts().get("next-year"));
                    loadedYear = y;
                    saved = texts();
                    savedVersions = r.texts().versions();
                    ReportFacts f = r.facts();
                    summary.set(ui.text("report.summary", y, f.membersAtStart(), f.membersAtEnd(), f.joined().size(),
                            f.withdrew().size() + f.expelled().size(), f.meetings().size(), f.activities().size(),
                            f.certificatesIssued()));
                }));
    }

    private record Loaded(AnnualReportService.Narrative texts, ReportFacts facts) {
    }

    Map<String, String> texts() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("main-work", mainWork.get());
        t.put("problems", problems.get());
        t.put("next-year", nextYear.get());
        return t;
    }

    /** True while the narrative differs from what is stored for its year. */
    public boolean hasUnsavedChanges() {
        return loadedYear != null && !texts().equals(saved);
    }

    /** 「2026年度工作报告的文字」 */
    public String describeUnsaved() {
        return ui.text("report.unsaved", loadedYear);
    }

    /** Stores the narrative for the year it belongs to, in the background; {@code then} runs once stored. */
    public void saveText(Runnable then) {
        if (loadedYear == null) {
            return;
        }
        int y = loadedYear;
        Map<String, String> t = texts();
        Map<String, String> base = saved;
        Map<String, Long> versions = savedVersions;
        saved = t;
        run.accept(BackgroundTask.of(ui.text("report.saveText"), p -> {
            ui.app().reports().saveNarrative(y, t, versions);
            return ui.app().reports().narrativeForEditing(y).versions();
        }).onSuccess(now -> {
            savedVersions = now;
            message.set(ui.text("report.saved"));
            then.run();
        }).onFailure(error -> refusedText(y, t, base, error)));
    }

    /**
     * A narrative save refused: the message shown; after another PC's newer save, its sections with
     * those typed here (differing from what was loaded) laid over them, at their stored versions.
     */
    private void refusedText(int y, Map<String, String> typed, Map<String, String> base, Throwable error) {
        if (!(error instanceof EditConflict)) {
            ui.dialogs().showError(ui.text("report.saveText"), error);
            return;
        }
        saved = base;
        message.set(UserMessages.describe(error, ui.messages()));
        String said = message.get();
        run.accept(BackgroundTask.of(ui.text("report.task.load", y), p -> ui.app().reports().narrativeForEditing(y))
                .onSuccess(fresh -> {
                    saved = fresh.texts();
                    savedVersions = fresh.versions();
                    List<StringProperty> fields = List.of(mainWork, problems, nextYear);
                    for (int i = 0; i < AnnualReportService.SECTIONS.size(); i++) {
                        String section = AnnualReportService.SECTIONS.get(i);
                        boolean changedHere = !java.util.Objects.equals(typed.get(section), base.get(section));
                        fields.get(i).set(changedHere ? typed.get(section) : fresh.texts().get(section));
                    }
                    message.set(said);
                }));
    }

    /** Back to the stored narrative. */
    public void discardText() {
        mainWork.set(saved.get("main-work"));
        problems.set(saved.get("problems"));
        nextYear.set(saved.get("next-year"));
    }

    /** Saves the narrative and writes the report (.docx or .pdf by the name). */
    public void export(Path target) {
        int y = loadedYear == null ? year.get() : loadedYear;
        Map<String, String> t = texts();
        Map<String, String> base = saved;
        Map<String, Long> versions = loadedYear == null ? null : savedVersions;
        saved = t;
        run.accept(BackgroundTask.of(ui.text("report.task.export", y), p -> {
            p.update(1, 3, null);
            ui.app().reports().saveNarrative(y, t, versions);
            Map<String, Long> now = ui.app().reports().narrativeForEditing(y).versions();
            p.update(2, 3, null);
            ui.app().reports().write(y, target, ui.app().documents());
            return now;
        }).onSuccess(now -> {
            savedVersions = now;
            message.set(ui.text("meeting.doc.done", target));
        }).onFailure(error -> refusedText(y, t, base, error)));
    }

    public void statistics(Path target) {
        int y = year.get();
        run.accept(BackgroundTask.of(ui.text("report.statistics"), p -> {
            ui.app().reports().writeStatistics(y, target);
            return target;
        }).onSuccess(x -> message.set(ui.text("meeting.doc.done", x))));
    }

    public boolean feesCharged() {
        return ui.app().fees().charged();
    }

    /** What the fees tab says on top: the article that charges fees, or that none are charged. */
    public String feesHint() {
        return feesCharged() ? ui.text("fee.hint", ui.app().fees().article()) : ui.text("fee.none",
                ui.app().charter().map(c -> c.fees().citation().article()).orElse(""));
    }

    public void loadFees() {
        if (!feesCharged()) {
            return;
        }
        int y = feeYear.get();
        run.accept(BackgroundTask.of(ui.text("fee.task.load"), p -> new Fees(ui.app().fees().accounts(y),
                ui.app().fees().payments(y), ui.app().fees().rateVersions(y))).onSuccess(f -> {
                    accounts.setAll(f.accounts());
                    payments.setAll(f.payments());
                    seenRatesYear = y;
                    seenRates = f.rateVersions();
                }));
    }

    private record Fees(List<FeeService.Account> accounts, List<FeeService.Payment> payments, Map<String, Long> rateVersions) {
    }

    /** The rates' versions as the accounts on screen were computed with, sent with a new rate (decision 0018). */
    private Map<String, Long> seenRates = Map.of();
    private Integer seenRatesYear;

    /** The typed amount through the one money reader ({@link MoneyInput}), or null with its reason shown. */
    BigDecimal money(String typed) {
        MoneyInput.Parsed parsed = MoneyInput.parse(typed);
        feeMessage.set(parsed.ok() ? "" : ui.messages().get(parsed.problem()));
        return parsed.amount();
    }

    public void setRate() {
        BigDecimal amount = money(rateText.get());
        if (amount == null || rateTier.get() == null) {
            return;
        }
        int y = feeYear.get();
        String tier = rateTier.get().value();
        Long seen = Objects.equals(seenRatesYear, y) ? seenRates.getOrDefault(tier, FeeService.NO_RATE) : null;
        run.accept(BackgroundTask.of(ui.text("fee.task.load"), p -> {
            ui.app().fees().setRate(y, tier, amount, seen);
            return null;
        }).onSuccess(x -> loadFees()).onFailure(error -> {
            ui.dialogs().showError(ui.text("fee.task.load"), error);
            if (error instanceof EditConflict) {
                loadFees(); // the typed amount stays in its field, to set again over the newer rate
            }
        }));
    }

    /** Records a payment by the selected unit of the typed amount. */
    public void pay(FeeService.Account account) {
        if (account == null) {
            feeMessage.set(ui.text("fee.error.unit"));
            return;
        }
        BigDecimal amount = money(amountText.get());
        if (amount == null) {
            return;
        }
        if (amount.signum() == 0) {
            feeMessage.set(ui.text("fee.error.amount", amountText.get()));
            return;
        }
        int y = feeYear.get();
        LocalDate on = paidOn.get() == null ? ui.today() : paidOn.get();
        String how = method.get();
        run.accept(BackgroundTask.of(ui.text("fee.record"),
                p -> ui.app().fees().pay(account.unitId(), y, amount, on, how, null)).onSuccess(id -> {
                    feeMessage.set(ui.text("fee.recorded"));
                    amountText.set("");
                    loadFees();
                }));
    }

    public void receipt(FeeService.Payment pay, Path target) {
        run.accept(BackgroundTask.of(ui.text("fee.receipt"), p -> {
            ui.app().documents().write(ui.app().fees().receipt(pay.id()), target);
            return target;
        }).onSuccess(x -> feeMessage.set(ui.text("meeting.doc.done", x))));
    }

    void noPaymentChosen() {
        feeMessage.set(ui.text("fee.error.payment"));
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty feeMessageProperty() {
        return feeMessage.getReadOnlyProperty();
    }
}
