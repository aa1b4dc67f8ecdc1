package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
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
import org.secretariat.service.roster.ImportService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The desktop frame: the menu bar in Chinese, its shortcuts, and 关于. */
@ExtendWith(ApplicationExtension.class)
class WindowFrameTest {

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory(dir, "data");
        app = TestWorkspace.open(data, "xinxiang-cbec");
        var sheet = app.importer().read(Path.of("src/test/resources/rosters/xinxiang-sample.csv"));
        app.importer().commit(app.importer().preview(sheet, ImportService.autoMapping(sheet)));
        Messages messages = Messages.forLanguage("zh");
        executor = new FxTaskExecutor(dialogs);
        MainWindow window = new MainWindow(stage, messages, executor);
        window.open(new UiContext(app, messages, dialogs, executor));
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
        app.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static MenuItem item(FxRobot robot, String id) {
        return robot.lookup("#menuBar").queryAs(MenuBar.class).getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
    }

    @Test
    void theMenuBarIsInChineseWithTheUsualShortcuts(FxRobot robot) {
        MenuBar bar = robot.lookup("#menuBar").queryAs(MenuBar.class);
        assertEquals(List.of("文件", "编辑", "视图", "帮助"), bar.getMenus().stream().map(Menu::getText).toList());
        assertEquals(List.of("导入名册…", "导出名册…", "备份", "", "退出"),
                bar.getMenus().get(0).getItems().stream().map(i -> i.getText() == null ? "" : i.getText()).toList());
        assertEquals(List.of("新增单位", "查找", "保存"), bar.getMenus().get(1).getItems().stream().map(MenuItem::getText).toList());
        assertTrue(bar.getMenus().get(2).getItems().stream().map(MenuItem::getText).toList().containsAll(List.of("待办", "会员名单", "会议")));
        assertEquals("关于", bar.getMenus().get(3).getItems().get(0).getText());
        assertEquals("Shortcut+F", item(robot, "menuFind").getAccelerator().getName());
        assertEquals("Shortcut+N", item(robot, "menuNewUnit").getAccelerator().getName());
        assertEquals("Shortcut+S", item(robot, "menuSave").getAccelerator().getName());
        assertEquals("Shortcut+Q", item(robot, "menuQuit").getAccelerator().getName());
    }

    @Test
    void ctrlFFocusesTheRosterSearchAndCtrlNOpensANewUnit(FxRobot robot) throws Exception {
        robot.clickOn("#navRoster");
        waitUntil(() -> robot.lookup("#table").queryAs(TableView.class).getItems().size() == 10);
        robot.clickOn("#table");
        TextField search = robot.lookup("#searchField").queryAs(TextField.class);
        assertFalse(search.isFocused());
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(search::isFocused);
        robot.write("xxxy");
        waitUntil(() -> robot.lookup("#table").queryAs(TableView.class).getItems().size() == 1);

        robot.clickOn("#navHome");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        assertTrue(robot.lookup("#navRoster").queryAs(javafx.scene.control.ToggleButton.class).isSelected(),
                "新增单位 opens the roster, where the new unit will be listed");
        robot.interact(() -> robot.lookup("#nameField").queryAs(TextField.class).getScene().getWindow().hide());
    }

    @Test
    void ctrlSPressesTheCurrentScreensSaveButton(FxRobot robot) throws Exception {
        robot.clickOn("#navSettings");
        robot.clickOn("#operatorField").write("王秘书");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> "王秘书".equals(org.secretariat.persistence.Settings.load(app.dataDir()).get(
                org.secretariat.persistence.Settings.OPERATOR, "")));
    }

    @Test
    void aboutShowsTheVersionAndTheDataFolder(FxRobot robot) throws Exception {
        Platform.runLater(() -> item(robot, "menuAbout").fire());
        waitUntil(() -> robot.lookup("#aboutVersion").tryQuery().isPresent());
        assertEquals(AboutInfo.appVersion(), robot.lookup("#aboutVersion").queryAs(Label.class).getText());
        assertFalse(AboutInfo.appVersion().equals("?"), "the build writes the version");
        assertEquals(app.dataDir().toAbsolutePath().toString(), robot.lookup("#aboutDataDir").queryAs(Label.class).getText());
        assertTrue(robot.lookup("OpenPDF").tryQuery().isPresent());
        robot.clickOn("关闭");
        waitUntil(() -> robot.lookup("#aboutVersion").tryQuery().isEmpty());
    }
}
