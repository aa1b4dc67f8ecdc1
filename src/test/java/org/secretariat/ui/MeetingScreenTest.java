package org.secretariat.ui;

import static org.secretariat.ui.Screens.waitUntil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.secretariat.service.roster.PersonDraft;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitDraft;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Recording a council meeting: seats, attendance with the quorum line, an admission motion and its vote. */
@ExtendWith(ApplicationExtension.class)
class MeetingScreenTest {

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;
    private long applicant;
    private RecordingDialogs dialogs;

    @Start
    void start(Stage stage) throws Exception {
        app = TestWorkspace.open(Files.createTempDirectory(dir, "data"), "hengshui-tech");
        for (int i = 1; i <= 6; i++) {
            UnitDraft d = TestWorkspace.unit("技工学校" + i, TestWorkspace.legalPersonCode());
            d.people.add(new PersonDraft("理事" + i, "", "理事", LocalDate.now().minusYears(1), null, "", ""));
            app.roster().save(d);
        }
        UnitDraft a = TestWorkspace.unit("衡水申请学校", TestWorkspace.legalPersonCode());
        a.status = MemberStatus.APPLYING;
        applicant = app.roster().save(a).id();
        Messages messages = Messages.forLanguage("zh");
        dialogs = new RecordingDialogs();
        executor = Screens.open(stage, app, messages, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        app.close();
    }

    @Test
    void recordingAMeetingJudgesQuorumAndAppliesAPassedAdmission(FxRobot robot) throws Exception {
        robot.clickOn("#navMeetings");
        waitUntil(() -> robot.lookup("#bodyBox").tryQuery().isPresent());
        ComboBox<?> body = robot.lookup("#bodyBox").queryAs(ComboBox.class);
        robot.interact(() -> body.getSelectionModel().select(1)); // 理事会
        robot.interact(() -> robot.lookup("#titleField").queryAs(TextField.class).setText("第一届理事会第二次会议"));
        robot.clickOn("#saveButton");
        TableView<?> seats = robot.lookup("#seatTable").queryAs(TableView.class);
        waitUntil(() -> seats.getItems().size() == 6);
        Label quorum = robot.lookup("#quorumLabel").queryAs(Label.class);
        assertTrue(quorum.getText().startsWith("出席 0 / 应到 6，需 4（第十五条：三分之二以上）— 未达到，还差 4 人"), quorum.getText());
        robot.clickOn("#allPresentButton");
        assertTrue(quorum.getText().endsWith("— 达到"), quorum.getText());
        robot.clickOn("#saveAttendanceButton");

        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#itemTitle").queryAs(TextField.class).setText("审议衡水申请学校入盟申请"));
        ComboBox<?> kind = robot.lookup("#itemKind").queryAs(ComboBox.class);
        assertTrue(kind.getItems().stream().map(String::valueOf).toList().containsAll(java.util.List.of("修改章程", "终止（解散）本组织")),
                "衡水 states amendment (第三十条) and dissolution (第二十七条): both offered");
        robot.interact(() -> kind.getSelectionModel().select(2)); // 入会
        ComboBox<?> unit = robot.lookup("#itemUnit").queryAs(ComboBox.class);
        waitUntil(() -> unit.getItems().size() == 7);
        robot.interact(() -> unit.getSelectionModel().select(6));
        robot.clickOn("#addItemButton");
        ListView<?> agenda = robot.lookup("#agendaList").queryAs(ListView.class);
        waitUntil(() -> agenda.getItems().size() == 1);
        Label rule = robot.lookup("#ruleLabel").queryAs(Label.class);
        waitUntil(() -> rule.getText().contains("第十五条"));
        robot.interact(() -> {
            robot.lookup("#yesField").queryAs(TextField.class).setText("4");
            robot.lookup("#noField").queryAs(TextField.class).setText("2");
        });
        robot.clickOn("#recordButton");
        Label verdict = robot.lookup("#verdictLabel").queryAs(Label.class);
        waitUntil(() -> verdict.getText().contains("通过"));
        assertTrue(verdict.getText().startsWith("赞成 4 票，需 4 票（第十五条：三分之二以上，以出席 6 人计）— 通过"), verdict.getText());
        assertTrue(verdict.getText().contains("入会"), verdict.getText());
        assertEquals(MemberStatus.MEMBER, app.roster().draft(applicant).orElseThrow().status);
    }

    @Test
    void aVoteByNameIsRecordedSeatBySeat(FxRobot robot) throws Exception {
        robot.clickOn("#navMeetings");
        waitUntil(() -> robot.lookup("#bodyBox").tryQuery().isPresent());
        ComboBox<?> body = robot.lookup("#bodyBox").queryAs(ComboBox.class);
        robot.interact(() -> body.getSelectionModel().select(1));
        robot.clickOn("#saveButton");
        TableView<?> seats = robot.lookup("#seatTable").queryAs(TableView.class);
        waitUntil(() -> seats.getItems().size() == 6);
        robot.clickOn("#allPresentButton");
        robot.clickOn("#saveAttendanceButton");
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#itemTitle").queryAs(TextField.class).setText("审议2026年工作计划"));
        robot.clickOn("#addItemButton");
        ListView<?> agenda = robot.lookup("#agendaList").queryAs(ListView.class);
        waitUntil(() -> agenda.getItems().size() == 1);
        @SuppressWarnings("unchecked")
        TableView<org.secretariat.ui.meetings.AgendaModel.VoteRow> ballots =
                robot.lookup("#ballotTable").queryAs(TableView.class);
        waitUntil(() -> ballots.getItems().size() == 6);
        robot.interact(() -> {
            for (int i = 0; i < 6; i++) {
                ballots.getItems().get(i).choiceProperty().set(i < 3 ? org.secretariat.domain.VoteChoice.YES
                        : org.secretariat.domain.VoteChoice.NO);
            }
        });
        robot.clickOn("#recordByNameButton");
        Label verdict = robot.lookup("#verdictLabel").queryAs(Label.class);
        waitUntil(() -> !verdict.getText().isEmpty());
        assertTrue(verdict.getText().startsWith("赞成 3 票，需 4 票（第十五条：三分之二以上，以出席 6 人计）— 未通过"), verdict.getText());
    }

    @Test
    void electingTheChairAsksTheSecretaryToConfirmArticleEighteen(FxRobot robot) throws Exception {
        robot.clickOn("#navMeetings");
        waitUntil(() -> robot.lookup("#bodyBox").tryQuery().isPresent());
        ComboBox<?> body = robot.lookup("#bodyBox").queryAs(ComboBox.class);
        robot.interact(() -> body.getSelectionModel().select(1)); // 理事会
        robot.clickOn("#saveButton");
        TableView<?> seats = robot.lookup("#seatTable").queryAs(TableView.class);
        waitUntil(() -> seats.getItems().size() == 6);
        robot.clickOn("#allPresentButton");
        robot.clickOn("#saveAttendanceButton");
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        robot.interact(() -> robot.lookup("#itemTitle").queryAs(TextField.class).setText("选举理事长"));
        ComboBox<?> kind = robot.lookup("#itemKind").queryAs(ComboBox.class);
        robot.interact(() -> kind.getSelectionModel().select(6)); // 选举负责人
        ComboBox<?> unit = robot.lookup("#itemUnit").queryAs(ComboBox.class);
        waitUntil(() -> unit.getItems().size() == 7);
        robot.interact(() -> unit.getSelectionModel().select(0));
        ComboBox<?> office = robot.lookup("#itemOffice").queryAs(ComboBox.class);
        robot.interact(() -> office.getSelectionModel().select(2)); // 理事长
        robot.interact(() -> robot.lookup("#itemPerson").queryAs(TextField.class).setText("理事1"));
        robot.clickOn("#addItemButton");
        ListView<?> agenda = robot.lookup("#agendaList").queryAs(ListView.class);
        waitUntil(() -> agenda.getItems().size() == 1);
        robot.interact(() -> robot.lookup("#yesField").queryAs(TextField.class).setText("6"));
        robot.clickOn("#recordButton");
        waitUntil(() -> dialogs.shown.stream().anyMatch(x -> x.startsWith("confirm: ")));
        String confirm = dialogs.shown.stream().filter(x -> x.startsWith("confirm: ")).findFirst().orElseThrow();
        assertTrue(confirm.contains("请核对当选人符合章程规定的条件"), confirm);
        assertTrue(confirm.contains("☐ 具有完全民事行为能力（第十八条（五））"), confirm);
    }
}
