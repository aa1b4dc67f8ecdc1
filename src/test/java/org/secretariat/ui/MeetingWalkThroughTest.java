package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.secretariat.ui.Screens.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
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
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.roster.UnitDraft;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A secretary's walk through the meetings screen (衡水 charter): a council meeting planned before
 * its 理事 are entered and seated once they are, a tally confirmed and then corrected, an unheld
 * meeting deleted, and a dirty meeting editor left.
 */
@ExtendWith(ApplicationExtension.class)
class MeetingWalkThroughTest {

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;
    private RecordingDialogs dialogs;
    private long applicant;

    @Start
    void start(Stage stage) throws Exception {
        app = TestWorkspace.open(Files.createTempDirectory(dir, "data"), "hengshui-tech");
        UnitDraft a = TestWorkspace.unit("衡水申请学校", TestWorkspace.legalPersonCode());
        a.status = MemberStatus.APPLYING;
        applicant = app.roster().save(a).id();
        dialogs = new RecordingDialogs();
        executor = Screens.open(stage, app, Messages.forLanguage("zh"), dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        app.close();
    }

    private void directors(int n) {
        for (int i = 1; i <= n; i++) {
            UnitDraft d = TestWorkspace.unit("技工学校" + i, TestWorkspace.legalPersonCode());
            d.people.add(new PersonDraft("理事" + i, "", "理事", LocalDate.of(2025, 1, 1), null, "", ""));
            app.roster().save(d);
        }
    }

    private void planCouncil(FxRobot robot, String title) throws Exception {
        robot.clickOn("#newButton");
        ComboBox<?> body = robot.lookup("#bodyBox").queryAs(ComboBox.class);
        robot.interact(() -> body.getSelectionModel().select(1)); // 理事会
        robot.interact(() -> robot.lookup("#titleField").queryAs(TextField.class).setText(title));
        robot.clickOn("#saveButton");
        ListView<?> list = robot.lookup("#meetingList").queryAs(ListView.class);
        waitUntil(() -> list.getItems().stream().anyMatch(r -> r.toString().contains(title)));
    }

    private void reopenFirst(FxRobot robot) throws Exception {
        ListView<?> list = robot.lookup("#meetingList").queryAs(ListView.class);
        robot.interact(() -> {
            list.getSelectionModel().clearSelection();
            list.getSelectionModel().select(0);
        });
    }

    @Test
    void aMeetingPlannedBeforeItsDirectorsIsSeatedOnceTheyAreEntered(FxRobot robot) throws Exception {
        robot.clickOn("#navMeetings");
        waitUntil(() -> robot.lookup("#bodyBox").tryQuery().isPresent());
        planCouncil(robot, "第一届理事会第二次会议");
        Label quorum = robot.lookup("#quorumLabel").queryAs(Label.class);
        waitUntil(() -> quorum.getText().contains("名册中还没有理事会的在任成员"));
        assertTrue(!quorum.getText().contains("章程未规定"), quorum.getText());

        directors(3);
        reopenFirst(robot);
        TableView<?> seats = robot.lookup("#seatTable").queryAs(TableView.class);
        waitUntil(() -> seats.getItems().size() == 3);
        Label note = robot.lookup("#seatNoteLabel").queryAs(Label.class);
        assertTrue(note.isVisible());
        assertTrue(note.getText().startsWith("应到人员已按名册更新：增加 理事1（技工学校1，理事）"), note.getText());
        assertTrue(quorum.getText().startsWith("出席 0 / 应到 3，需 2"), quorum.getText());
    }

    @Test
    void aTallyIsConfirmedByItsChangeAndCorrectedWithAReason(FxRobot robot) throws Exception {
        directors(3);
        robot.clickOn("#navMeetings");
        waitUntil(() -> robot.lookup("#bodyBox").tryQuery().isPresent());
        planCouncil(robot, "第一届理事会第三次会议");
        TableView<?> seats = robot.lookup("#seatTable").queryAs(TableView.class);
        waitUntil(() -> seats.getItems().size() == 3);
        robot.clickOn("#allPresentButton");
        robot.clickOn("#saveAttendanceButton");
        waitUntil(() -> robot.lookup("#deleteButton").queryAs(Button.class).isDisabled());

        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#itemTitle").queryAs(TextField.class).setText("审议衡水申请学校入盟申请"));
        ComboBox<?> kind = robot.lookup("#itemKind").queryAs(ComboBox.class);
        robot.interact(() -> kind.getSelectionModel().select(2)); // 入会
        ComboBox<?> unit = robot.lookup("#itemUnit").queryAs(ComboBox.class);
        assertTrue(unit instanceof org.controlsfx.control.SearchableComboBox<?>, "a long unit list is searchable");
        waitUntil(() -> unit.getItems().size() == 4);
        robot.interact(() -> unit.getSelectionModel().select(0)); // 衡水申请学校, entered first
        robot.clickOn("#addItemButton");
        ListView<?> agenda = robot.lookup("#agendaList").queryAs(ListView.class);
        waitUntil(() -> agenda.getItems().size() == 1);
        robot.interact(() -> {
            robot.lookup("#yesField").queryAs(TextField.class).setText("3");
            robot.lookup("#noField").queryAs(TextField.class).setText("0");
        });
        robot.clickOn("#recordButton");
        Label verdict = robot.lookup("#verdictLabel").queryAs(Label.class);
        waitUntil(() -> verdict.getText().contains("通过"));
        assertTrue(dialogs.shown.contains("confirm: 表决通过后将：接纳「衡水申请学校」为成员单位。\n确定记录这一表决结果？"),
                dialogs.shown.toString());
        assertEquals(MemberStatus.MEMBER, app.roster().draft(applicant).orElseThrow().status);

        robot.interact(() -> {
            robot.lookup("#yesField").queryAs(TextField.class).setText("1");
            robot.lookup("#noField").queryAs(TextField.class).setText("2");
        });
        dialogs.texts.add("计票时把两张反对票录成了赞成");
        robot.clickOn("#correctButton");
        waitUntil(() -> verdict.getText().contains("已更正"));
        assertTrue(verdict.getText().contains("未通过"), verdict.getText());
        assertTrue(verdict.getText().contains("计票时把两张反对票录成了赞成"), verdict.getText());
        assertTrue(dialogs.shown.stream().anyMatch(s -> s.startsWith("confirm: 更正后决议未通过，将撤销原决议的执行")),
                dialogs.shown.toString());
        assertEquals(MemberStatus.APPLYING, app.roster().draft(applicant).orElseThrow().status);
    }

    @Test
    void anUnheldMeetingIsDeletedAndADirtyEditorAsksBeforeItIsLeft(FxRobot robot) throws Exception {
        directors(2);
        robot.clickOn("#navMeetings");
        waitUntil(() -> robot.lookup("#bodyBox").tryQuery().isPresent());
        planCouncil(robot, "临时会议");
        ListView<?> list = robot.lookup("#meetingList").queryAs(ListView.class);
        Button delete = robot.lookup("#deleteButton").queryAs(Button.class);
        waitUntil(() -> !delete.isDisabled());
        robot.clickOn("#deleteButton");
        waitUntil(() -> list.getItems().isEmpty());
        assertTrue(dialogs.shown.contains("confirm: 删除尚未召开的会议「临时会议」？删除会记入操作记录。"), dialogs.shown.toString());

        planCouncil(robot, "第一届理事会第四次会议");
        TextField title = robot.lookup("#titleField").queryAs(TextField.class);
        robot.interact(() -> title.setText("第一届理事会第四次会议（扩大）"));
        dialogs.unsavedAnswer = LeaveGuard.Choice.CANCEL;
        robot.clickOn("#navRoster");
        assertTrue(dialogs.shown.stream().anyMatch(x -> x.startsWith("unsaved: 会议「第一届理事会第四次会议（扩大）」的修改")),
                dialogs.shown.toString());
        assertTrue(robot.lookup("#titleField").tryQuery().isPresent(), "cancel stays on the meeting");

        // saving attendance keeps the typed name: it is saved with it
        robot.clickOn("#allPresentButton");
        robot.clickOn("#saveAttendanceButton");
        waitUntil(() -> list.getItems().stream().anyMatch(r -> r.toString().contains("（扩大）")));
        assertEquals("第一届理事会第四次会议（扩大）", title.getText());

        robot.interact(() -> title.setText("不要的名称"));
        dialogs.unsavedAnswer = LeaveGuard.Choice.DISCARD;
        robot.clickOn("#navRoster");
        waitUntil(() -> robot.lookup("#titleField").tryQuery().isEmpty());
        assertTrue(app.meetings().list().stream().noneMatch(r -> r.title().equals("不要的名称")));
    }

    @Test
    void choosingAnotherMeetingOrANewOneAsksBeforeTypedWorkIsLost(FxRobot robot) throws Exception {
        directors(2);
        robot.clickOn("#navMeetings");
        waitUntil(() -> robot.lookup("#bodyBox").tryQuery().isPresent());
        planCouncil(robot, "第一次会议");
        planCouncil(robot, "第二次会议");
        ListView<?> list = robot.lookup("#meetingList").queryAs(ListView.class);
        TextField title = robot.lookup("#titleField").queryAs(TextField.class);
        robot.interact(() -> list.getSelectionModel().select(0));
        waitUntil(() -> !title.getText().isEmpty());
        String first = title.getText();
        robot.interact(() -> title.setText(first + "（改）"));

        dialogs.unsavedAnswer = LeaveGuard.Choice.CANCEL;
        robot.interact(() -> list.getSelectionModel().select(1));
        waitUntil(() -> list.getSelectionModel().getSelectedIndex() == 0);
        assertEquals(first + "（改）", title.getText(), "取消 keeps the typed name and the meeting");
        robot.clickOn("#newButton");
        assertEquals(first + "（改）", title.getText());
        assertEquals(2, dialogs.shown.stream().filter(x -> x.startsWith("unsaved: ")).count(), dialogs.shown.toString());

        dialogs.unsavedAnswer = LeaveGuard.Choice.DISCARD;
        robot.clickOn("#newButton");
        waitUntil(() -> title.getText().isEmpty());
        assertTrue(app.meetings().list().stream().noneMatch(r -> r.title().endsWith("（改）")));
    }
}
