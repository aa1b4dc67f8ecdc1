package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.InactivityReview;
import org.secretariat.domain.MemberStatus;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.meetings.ObligationService;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitDraft;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The home screen offers to dismiss an inactivity proposal with a reason, and confirming it is
 * never what Enter does: not on the screen, not in the dialog.
 */
@ExtendWith(ApplicationExtension.class)
class HomeScreenInactivityTest {

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;
    private long sleepy;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory(dir, "data");
        try (AppContext then = TestWorkspace.openOn(data, "hengshui-tech", LocalDate.of(2022, 6, 1))) {
            UnitDraft d = TestWorkspace.unit("多年未参加活动的学校", "");
            d.joinDate = LocalDate.of(2015, 5, 1);
            sleepy = then.roster().save(d).id();
        }
        app = TestWorkspace.open(data, "hengshui-tech"); // 2026-11-21: more than three years on record
        Messages messages = Messages.forLanguage("zh");
        executor = Screens.open(stage, app, messages, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        app.close();
    }

    private static void waitUntil(BooleanSupplier c) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, c::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<ObligationService.Due> selectInactiveItem(FxRobot robot) throws Exception {
        TableView<ObligationService.Due> due = robot.lookup("#dueTable").queryAs(TableView.class);
        waitUntil(() -> due.getItems().stream().anyMatch(d -> d.target() == ObligationService.Target.INACTIVE));
        assertFalse(robot.lookup("#inactiveBox").query().isVisible(), "nothing to dismiss before a proposal is selected");
        robot.interact(() -> due.getSelectionModel().select(due.getItems().stream()
                .filter(d -> d.target() == ObligationService.Target.INACTIVE).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        return due;
    }

    @Test
    void theItemSaysSinceWhenTheAppCountsAndNoButtonOnTheScreenIsTheDefault(FxRobot robot) throws Exception {
        TableView<ObligationService.Due> due = selectInactiveItem(robot);
        String what = Messages.forLanguage("zh").get(due.getSelectionModel().getSelectedItem().what());
        assertTrue(what.contains("「多年未参加活动的学校」自2022年6月1日录入本系统以来未参加会议或活动"), what);
        assertFalse(what.contains("从未参加"), what);
        assertTrue(robot.lookup("#inactiveBox").query().isVisible());
        assertEquals("已核实仍在参加活动", robot.lookup("#dismissReasonField").queryAs(TextField.class).getText());
        assertTrue(robot.lookup(".button").queryAllAs(Button.class).stream().noneMatch(Button::isDefaultButton),
                "Enter confirms nothing on the home screen");
    }

    @Test
    void confirmingAsksWithNotConfirmAsTheDefaultAndDeclinedChangesNothing(FxRobot robot) throws Exception {
        selectInactiveItem(robot);
        dialogs.carefulAnswer = false;
        robot.clickOn("#confirmWithdrawalButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.startsWith("careful confirm [确认自动退出 / default 不确认]")),
                dialogs.shown.toString());
        assertEquals(MemberStatus.MEMBER, app.roster().draft(sleepy).orElseThrow().status);

        dialogs.carefulAnswer = true;
        robot.clickOn("#confirmWithdrawalButton");
        waitUntil(() -> app.roster().draft(sleepy).orElseThrow().status == MemberStatus.WITHDRAWN);
        assertTrue(app.roster().history(sleepy).stream().anyMatch(e -> e.getAction().equals("AUTO_WITHDRAWAL")));
    }

    @Test
    void dismissingWithAnEditedReasonRemovesTheItemAndRecordsIt(FxRobot robot) throws Exception {
        TableView<ObligationService.Due> due = selectInactiveItem(robot);
        robot.interact(() -> robot.lookup("#dismissReasonField").queryAs(TextField.class).setText("已核实：2026年10月参加了线上培训"));
        robot.clickOn("#dismissButton");
        waitUntil(() -> due.getItems().stream().noneMatch(d -> d.target() == ObligationService.Target.INACTIVE));
        var reviews = app.participation().dismissals(sleepy);
        assertEquals(1, reviews.size());
        InactivityReview r = reviews.get(0);
        assertEquals("已核实：2026年10月参加了线上培训", r.getReason());
        assertEquals(app.settings().operator(), r.getDismissedBy());
        assertEquals(LocalDate.of(2026, 11, 21), r.getDismissedOn());
        assertEquals(MemberStatus.MEMBER, app.roster().draft(sleepy).orElseThrow().status);
    }

    @Test
    void theConfirmationDialogsDefaultButtonIsNotConfirm() throws Exception {
        Alert alert = WaitForAsyncUtils.asyncFx(() -> FxDialogService.carefulConfirmation("确认自动退出", "……", "确认自动退出", "不确认"))
                .get(15, TimeUnit.SECONDS);
        Button confirm = (Button) alert.getDialogPane().lookupButton(alert.getButtonTypes().get(0));
        Button cancel = (Button) alert.getDialogPane().lookupButton(alert.getButtonTypes().get(1));
        assertEquals("确认自动退出", confirm.getText());
        assertFalse(confirm.isDefaultButton(), "Enter must not confirm");
        assertEquals("不确认", cancel.getText());
        assertTrue(cancel.isDefaultButton());
        assertTrue(cancel.isCancelButton());
    }
}
