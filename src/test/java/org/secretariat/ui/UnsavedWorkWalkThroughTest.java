package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Typed work is never thrown away without 保存/不保存/取消: the unit form on Esc, the report narrative on leaving. */
@ExtendWith(ApplicationExtension.class)
class UnsavedWorkWalkThroughTest {

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Messages messages = Messages.forLanguage("zh");

    @Start
    void start(Stage stage) throws Exception {
        app = TestWorkspace.open(Files.createTempDirectory(dir, "data"), "hengshui-tech");
        executor = Screens.open(stage, app, messages, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        app.close();
    }

    @Test
    void theQuestionReadsInChinese(FxRobot robot) {
        AtomicReference<List<String>> buttons = new AtomicReference<>();
        robot.interact(() -> {
            Alert alert = FxDialogService.unsavedQuestion(messages, messages.get("unsaved.title"), "x");
            buttons.set(alert.getButtonTypes().stream().map(ButtonType::getText).toList());
        });
        assertEquals(List.of("保存", "不保存", "取消"), buttons.get());
    }

    @Test
    void escInTheUnitFormAsksAndCancelKeepsTheTextWhileDontSaveCloses(FxRobot robot) throws Exception {
        robot.clickOn("#navRoster");
        robot.clickOn("#addButton");
        Screens.waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
        Screens.waitUntil(() -> robot.lookup("#nameField").tryQuery().isEmpty());
        assertTrue(dialogs.shown.isEmpty(), "nothing typed: closed at once without a question " + dialogs.shown);

        robot.clickOn("#addButton");
        Screens.waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#nameField").queryAs(TextField.class).setText("衡水市测试科技有限公司"));
        robot.clickOn("#nameField");
        dialogs.unsavedAnswer = LeaveGuard.Choice.CANCEL;
        robot.type(KeyCode.ESCAPE);
        robot.sleep(300);
        assertEquals("unsaved: 新会员单位的资料尚未保存。离开前要保存吗？", dialogs.shown.get(dialogs.shown.size() - 1));
        assertEquals("衡水市测试科技有限公司", robot.lookup("#nameField").queryAs(TextField.class).getText(), "取消 keeps it");

        dialogs.unsavedAnswer = LeaveGuard.Choice.DISCARD;
        robot.clickOn("#cancelButton");
        Screens.waitUntil(() -> robot.lookup("#nameField").tryQuery().isEmpty());
        assertEquals(2, dialogs.shown.size());
        assertTrue(app.roster().list().isEmpty(), "不保存 saved nothing");
    }

    @Test
    void typedNarrativeAsksBeforeAnotherScreenAndSaveKeepsIt(FxRobot robot) throws Exception {
        robot.clickOn("#navReports");
        Screens.waitUntil(() -> robot.lookup("#mainWorkArea").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        int year = robot.lookup("#yearBox").queryAs(ComboBox.class).getValue() instanceof Integer y ? y : 0;
        Screens.waitUntil(() -> robot.lookup("#summaryLabel").queryLabeled().getText().startsWith(year + "年"));
        robot.interact(() -> robot.lookup("#mainWorkArea").queryAs(TextArea.class).setText("全年组织技能大赛两次"));

        dialogs.unsavedAnswer = LeaveGuard.Choice.CANCEL;
        robot.clickOn("#navHome");
        Screens.waitUntil(() -> !dialogs.shown.isEmpty());
        assertEquals("unsaved: " + year + "年度工作报告的文字尚未保存。离开前要保存吗？", dialogs.shown.get(0));
        assertEquals("全年组织技能大赛两次", robot.lookup("#mainWorkArea").queryAs(TextArea.class).getText(), "取消 stays");

        dialogs.unsavedAnswer = LeaveGuard.Choice.SAVE;
        robot.clickOn("#navHome");
        Screens.waitUntil(() -> robot.lookup("#mainWorkArea").tryQuery().isEmpty());
        Screens.waitUntil(() -> "全年组织技能大赛两次".equals(app.reports().narrative(year).get("main-work")));
        robot.clickOn("#navReports");
        Screens.waitUntil(() -> robot.lookup("#mainWorkArea").tryQuery().isPresent()
                && "全年组织技能大赛两次".equals(robot.lookup("#mainWorkArea").queryAs(TextArea.class).getText()));
        assertFalse(dialogs.shown.size() > 2, dialogs.shown.toString());
    }
}
