package org.secretariat.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitDraft;
import org.secretariat.ui.ImmediateTasks;
import org.secretariat.ui.RecordingDialogs;
import org.secretariat.ui.UiContext;

/** The reports screen's logic without the FX thread: the app's today, unsaved narrative, money as typed. */
class ReportsViewModelTest {

    @TempDir
    Path dir;

    private ReportsViewModel model(AppContext app) {
        UiContext ui = new UiContext(app, Messages.forLanguage("zh"), new RecordingDialogs(), null);
        return new ReportsViewModel(ui, ImmediateTasks::run);
    }

    @Test
    void inTheFirstQuarterTheReportIsOnTheYearBeforeByTheAppsClock() throws Exception {
        try (AppContext app = TestWorkspace.openOn(dir, "county-joint", LocalDate.of(2031, 2, 10))) {
            ReportsViewModel model = model(app);
            assertEquals(2030, model.year.get());
            assertEquals(2031, model.feeYear.get());
            assertEquals(LocalDate.of(2031, 2, 10), model.paidOn.get());
            assertEquals(2031, model.years.get(0));
        }
    }

    @Test
    void typedNarrativeIsUnsavedUntilSavedAndDiscardGoesBackToTheStoredText() throws Exception {
        try (AppContext app = TestWorkspace.openOn(dir, "county-joint", LocalDate.of(2031, 6, 1))) {
            ReportsViewModel model = model(app);
            model.loadYear();
            assertFalse(model.hasUnsavedChanges(), "nothing typed");
            model.mainWork.set("组织培训三次");
            assertTrue(model.hasUnsavedChanges());
            assertEquals("2031年度工作报告的文字", model.describeUnsaved());
            model.saveText(() -> { });
            assertFalse(model.hasUnsavedChanges());
            assertEquals("组织培训三次", app.reports().narrative(2031).get("main-work"));
            model.problems.set("经费不足");
            model.discardText();
            assertEquals("", model.problems.get());
            assertFalse(model.hasUnsavedChanges());
            assertTrue(model.summaryProperty().get().startsWith("2031年："), model.summaryProperty().get());
        }
    }

    @Test
    void feesAreTypedAsChineseKeyboardsTypeThem() throws Exception {
        try (AppContext app = TestWorkspace.openOn(dir, "county-joint", LocalDate.of(2031, 6, 1))) {
            UnitDraft u = new UnitDraft();
            u.name = "甲县人民政府";
            u.tierId = "member";
            u.joinDate = LocalDate.of(2030, 5, 1);
            app.roster().save(u);
            ReportsViewModel model = model(app);
            model.rateTier.set(model.tierChoices.stream().filter(c -> c.value().equals("member")).findFirst().orElseThrow());
            model.rateText.set("￥3，000");
            model.setRate();
            assertEquals(new BigDecimal("3000.00"), app.fees().rates(2031).get("member"));
            assertEquals(1, model.accounts.size());
            model.amountText.set("abc");
            model.pay(model.accounts.get(0));
            assertEquals("金额「abc」无效：请写成元，最多到分，如 3000 或 3000.50", model.feeMessageProperty().get());
            model.amountText.set("１，０００元");
            model.pay(model.accounts.get(0));
            assertEquals("已登记收款", model.feeMessageProperty().get());
            assertEquals(new BigDecimal("1000.00"), app.fees().payments(2031).get(0).amount());
            assertEquals("", model.amountText.get());
        }
    }
}
