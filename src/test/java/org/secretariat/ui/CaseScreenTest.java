package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.domain.MemberStatus;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitDraft;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A clerk opens an admission case, records the council's vote, and finds the inactive unit on the home screen. */
@ExtendWith(ApplicationExtension.class)
class CaseScreenTest {

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;
    private long applicant;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory(dir, "data");
        try (AppContext then = TestWorkspace.openOn(data, "hengshui-tech", LocalDate.of(2019, 5, 1))) {
            UnitDraft sleepy = TestWorkspace.unit("多年未参加活动的学校", ""); // entered in 2019: three years on record
            sleepy.joinDate = LocalDate.of(2019, 5, 1);
            then.roster().save(sleepy);
        }
        app = TestWorkspace.open(data, "hengshui-tech");
        UnitDraft a = TestWorkspace.unit("衡水某技工学校", "12131100MB0000001M");
        a.status = MemberStatus.APPLYING;
        applicant = app.roster().save(a).id();
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

    @Test
    void theHomeScreenListsTheInactiveUnitWithTheArticle(FxRobot robot) throws Exception {
        TableView<?> due = robot.lookup("#dueTable").queryAs(TableView.class);
        waitUntil(() -> !due.getItems().isEmpty());
        assertTrue(due.getItems().stream().map(Object::toString).anyMatch(s -> s.contains("多年未参加活动的学校")),
                due.getItems().toString());
        assertTrue(due.getItems().stream().map(Object::toString).anyMatch(s -> s.contains("第十三条")), due.getItems().toString());
    }

    @Test
    void openingAnAdmissionCaseAndRecordingTheCouncilVoteAdmitsTheUnit(FxRobot robot) throws Exception {
        robot.clickOn("#navCases");
        ComboBox<?> unit = robot.lookup("#unitBox").queryAs(ComboBox.class);
        waitUntil(() -> unit.getItems().size() == 1);
        robot.interact(() -> unit.getSelectionModel().select(0));
        robot.clickOn("#openButton");
        ListView<?> cases = robot.lookup("#caseList").queryAs(ListView.class);
        waitUntil(() -> cases.getItems().size() == 1);
        robot.interact(() -> cases.getSelectionModel().select(0));
        Label next = robot.lookup("#nextStepLabel").queryAs(Label.class);
        waitUntil(() -> next.getText().contains("资格审核"));
        robot.clickOn("#recordButton");
        waitUntil(() -> next.getText().contains("常务理事会"));
        assertTrue(next.getText().contains("常务理事会提出理事成员加入建议"), next.getText()); // 第十六条（六）
        robot.interact(() -> {
            robot.lookup("#seatedField").queryAs(TextField.class).setText("3");
            robot.lookup("#presentField").queryAs(TextField.class).setText("3");
            robot.lookup("#yesField").queryAs(TextField.class).setText("3");
            robot.lookup("#noField").queryAs(TextField.class).setText("0");
        });
        robot.clickOn("#recordButton");
        waitUntil(() -> next.getText().contains("经联盟理事会"));
        assertTrue(next.getText().contains("第十五条"), next.getText());
        robot.interact(() -> {
            robot.lookup("#seatedField").queryAs(TextField.class).setText("9");
            robot.lookup("#presentField").queryAs(TextField.class).setText("6");
            robot.lookup("#yesField").queryAs(TextField.class).setText("4");
            robot.lookup("#noField").queryAs(TextField.class).setText("2");
        });
        robot.clickOn("#recordButton");
        waitUntil(() -> next.getText().contains("所有步骤已办理完毕"));
        assertEquals(MemberStatus.MEMBER, app.roster().draft(applicant).orElseThrow().status);
    }
}
