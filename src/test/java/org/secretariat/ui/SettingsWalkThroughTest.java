package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.charter.CharterCatalog;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings as a secretary uses it: renaming the organisation (audited, the header follows), a bad
 * phone refused beside its field without moving the fields below, and copying a charter through
 * the name form: cancelled leaves nothing, saved appears under its Chinese name.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsWalkThroughTest {

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;
    private RecordingDialogs dialogs;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        app = TestWorkspace.open(Files.createTempDirectory(dir, "data"), "hengshui-tech");
        dialogs = new RecordingDialogs();
        executor = Screens.open(stage, app, Messages.forLanguage("zh"), dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        app.close();
    }

    @Test
    void renameRefuseABadPhoneAndCopyACharter(FxRobot robot) throws Exception {
        robot.clickOn("#navSettings");
        Screens.waitUntil(() -> robot.lookup("#orgNameField").tryQuery().isPresent());
        TextField name = robot.lookup("#orgNameField").queryAs(TextField.class);
        assertEquals("衡水技工教育联盟", name.getText());

        // the organisation renamed: saved, audited old → new, the header and title follow
        robot.interact(() -> name.setText("衡水市技工教育联盟"));
        robot.interact(() -> robot.lookup("#orgSaveButton").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("组织信息已保存", robot.lookup("#orgStatusLabel").queryAs(Label.class).getText());
        assertEquals("衡水市技工教育联盟", app.setupService().organisation().orElseThrow().getName());
        @SuppressWarnings("unchecked")
        ListView<String> history = robot.lookup("#orgHistoryList").queryAs(ListView.class);
        assertTrue(history.getItems().get(0).contains("组织名称：衡水技工教育联盟 → 衡水市技工教育联盟"), history.getItems().get(0));
        assertEquals("衡水市技工教育联盟", robot.lookup(".header .title").queryAs(Label.class).getText());
        assertTrue(stage.getTitle().startsWith("衡水市技工教育联盟"), stage.getTitle());

        // a bad phone: an error beside the field, the fields below stay where they are, save refuses
        TextField phone = robot.lookup("#orgPhoneField").queryAs(TextField.class);
        TextField email = robot.lookup("#orgEmailField").queryAs(TextField.class);
        double emailY = email.localToScene(0, 0).getY();
        robot.interact(() -> phone.setText("12345"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(Decorator.getDecorations(phone) == null || Decorator.getDecorations(phone).isEmpty(),
                "the error is shown beside the phone field");
        assertEquals(emailY, email.localToScene(0, 0).getY(), 0.01, "the e-mail field did not move");
        robot.interact(() -> robot.lookup("#orgSaveButton").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        String refusal = robot.lookup("#orgStatusLabel").queryAs(Label.class).getText();
        assertTrue(refusal.startsWith("「联系电话」填写有误：「12345」"), refusal);
        assertTrue(refusal.contains("0318-2345678"), "says what to type: " + refusal);
        assertEquals(null, app.setupService().organisation().orElseThrow().getPhone());
        robot.interact(() -> phone.setText("０３１８－２３４５６７８")); // as a Chinese keyboard types it
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Decorator.getDecorations(phone) == null || Decorator.getDecorations(phone).isEmpty());
        robot.interact(() -> robot.lookup("#orgSaveButton").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("0318-2345678", app.setupService().organisation().orElseThrow().getPhone());

        // copy a charter through the name form, then cancel: nothing is written, no new entry
        @SuppressWarnings("unchecked")
        ListView<CharterCatalog.Entry> charters = robot.lookup("#charterList").queryAs(ListView.class);
        int before = charters.getItems().size();
        robot.interact(() -> charters.getSelectionModel().select(charters.getItems().stream()
                .filter(e -> e.profile().id().equals("hengshui-tech")).findFirst().orElseThrow()));
        dialogs.texts.add("衡水技工教育联盟（2027年修订）");
        robot.interact(() -> robot.lookup("#copyCharterButton").queryAs(Button.class).fire());
        Screens.waitUntil(() -> robot.lookup("#editorText").tryQuery().isPresent());
        String draft = robot.lookup("#editorText").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(draft.contains("# 填写说明"), "Chinese comments explain the rules");
        assertTrue(draft.contains("id: hengshui-tech-copy"), "the id is derived");
        assertFalse(draft.contains("Charter text:"), "no English comments left");
        robot.interact(() -> robot.lookup("#editorCancel").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#editorText").tryQuery().isPresent());
        assertFalse(Files.exists(app.catalog().userDir().resolve("hengshui-tech-copy.yaml")));
        assertEquals(before, charters.getItems().size());
        assertEquals(before, app.catalog().list(new java.util.ArrayList<>()).size());

        // copy again and save: the new entry is listed under its Chinese name
        dialogs.texts.add("衡水技工教育联盟（2027年修订）");
        robot.interact(() -> robot.lookup("#copyCharterButton").queryAs(Button.class).fire());
        Screens.waitUntil(() -> robot.lookup("#editorSave").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#editorSave").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#editorText").tryQuery().isPresent(), "the editor closed after saving");
        assertTrue(Files.exists(app.catalog().userDir().resolve("hengshui-tech-copy.yaml")));
        assertEquals(before + 1, charters.getItems().size());
        assertTrue(charters.getItems().stream().anyMatch(e -> e.profile().displayName().equals("衡水技工教育联盟（2027年修订）")
                && e.profile().id().equals("hengshui-tech-copy")));
        try (Stream<Path> files = Files.list(app.catalog().userDir())) {
            assertEquals(1, files.count(), "one file, no temporary left");
        }
    }
}
