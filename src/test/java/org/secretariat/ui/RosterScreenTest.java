package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.roster.ImportService;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The roster path as a secretariat clerk walks it: search, filter, add, edit, import preview. */
@ExtendWith(ApplicationExtension.class)
class RosterScreenTest {

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

    @org.junit.jupiter.api.BeforeEach
    void openRoster(FxRobot robot) {
        robot.clickOn("#navRoster"); // the window opens on the home screen
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<UnitRow> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    private List<String> names(FxRobot robot) {
        return table(robot).getItems().stream().map(UnitRow::name).toList();
    }

    @Test
    void typingPinyinInitialsFindsTheUnitAndFiltersNarrowTheTable(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 10);
        robot.clickOn("#searchField").write("xxxy");
        waitUntil(() -> names(robot).equals(List.of("新乡学院")));
        assertEquals("显示 1 个，共 10 个会员单位", robot.lookup("#countLabel").queryAs(Label.class).getText());

        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).clear());
        org.controlsfx.control.CheckComboBox<?> tier = robot.lookup("#tierFilter").queryAs(org.controlsfx.control.CheckComboBox.class);
        assertEquals("全部级别", tier.getTitle());
        robot.interact(() -> tier.getCheckModel().check(1)); // 理事单位
        waitUntil(() -> table(robot).getItems().size() == 3);
        assertTrue(names(robot).contains("新乡经济技术开发区管委会"));
        robot.interact(() -> tier.getCheckModel().check(0)); // and 普通会员单位: both at once
        waitUntil(() -> table(robot).getItems().size() > 3);
        assertEquals("普通会员单位、理事单位", tier.getTitle());
        assertTrue(names(robot).contains("新乡经济技术开发区管委会"));

        robot.interact(() -> tier.getCheckModel().clearChecks());
        waitUntil(() -> table(robot).getItems().size() == 10);
        assertEquals("全部级别", tier.getTitle());
        robot.clickOn("#searchField").write("91410700");
        waitUntil(() -> table(robot).getItems().size() == 3);
    }

    @Test
    void addingAUnitValidatesAsYouTypeAndSavesIt(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 10);
        robot.clickOn("#addButton");
        waitUntil(() -> robot.lookup("#nameField").tryQuery().isPresent());
        Button save = robot.lookup("#saveButton").queryButton();
        assertTrue(save.isDisabled(), "an empty name cannot be saved");
        robot.clickOn("#nameField").write("新乡学院");
        assertTrue(robot.lookup("#nameMessage").queryAs(Label.class).getText().contains("已有同名单位"));
        robot.interact(() -> robot.lookup("#nameField").queryAs(TextField.class).setText("新乡市测试科技有限公司"));
        double emailY = robot.lookup("#emailField").query().localToScene(0, 0).getY();
        robot.clickOn("#phoneField").write("12345");
        assertTrue(robot.lookup("#phoneMessage").queryAs(Label.class).getText().contains("格式不对"));
        assertFalse(org.controlsfx.control.decoration.Decorator.getDecorations(robot.lookup("#phoneField").query()).isEmpty(),
                "the error is shown beside the field");
        assertEquals(emailY, robot.lookup("#emailField").query().localToScene(0, 0).getY(), 0.01, "fields below stay put");
        assertTrue(save.isDisabled());
        robot.interact(() -> robot.lookup("#phoneField").queryAs(TextField.class).setText("0373-1234567"));
        assertEquals("", robot.lookup("#phoneMessage").queryAs(Label.class).getText());
        robot.clickOn("#creditCodeField").write("91350100M000100Y44");
        assertTrue(robot.lookup("#creditCodeMessage").queryAs(Label.class).getText().contains("校验位不对"));
        assertTrue(save.isDisabled(), "a bad check character needs confirming");
        robot.clickOn("#creditCodeConfirmed");
        assertFalse(save.isDisabled());
        robot.clickOn(save);
        waitUntil(() -> table(robot).getItems().size() == 11);
        assertTrue(names(robot).contains("新乡市测试科技有限公司"));
    }

    @Test
    void editingAUnitShowsTheChangeInItsHistory(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 10);
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.clickOn("#editButton");
        waitUntil(() -> robot.lookup("#emailField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#emailField").queryAs(TextField.class).setText("office@xxu.edu.cn"));
        robot.clickOn("#saveButton");
        @SuppressWarnings("unchecked")
        ListView<String> history = robot.lookup("#historyList").queryAs(ListView.class);
        waitUntil(() -> !history.getItems().isEmpty() && history.getItems().get(0).contains("office@xxu.edu.cn"));
        assertTrue(history.getItems().get(0).contains("修改"));
        assertTrue(history.getItems().get(0).contains("电子邮箱：lm@xxu.edu.cn → office@xxu.edu.cn"));
    }

    @Test
    void importPreviewListsEveryProblemByRowAndImportsNothingUntilTheFileIsRight(FxRobot robot) throws Exception {
        waitUntil(() -> table(robot).getItems().size() == 10);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "单位名称,会员级别,入会日期\n新单位甲,理事单位,2024-01-05\n新单位乙,钻石会员,2024-13-01\n",
                StandardCharsets.UTF_8);
        dialogs.files.add(bad);
        robot.clickOn("#importButton");
        @SuppressWarnings("unchecked")
        ListView<String> problems = robot.lookup("#problemList").queryAs(ListView.class);
        waitUntil(() -> problems.getItems().size() == 2);
        assertTrue(problems.getItems().get(0).startsWith("第 3 行 第 2 列 会员级别"), problems.getItems().get(0));
        assertTrue(problems.getItems().get(1).startsWith("第 3 行 第 3 列 入会日期"), problems.getItems().get(1));
        Button importAll = robot.lookup("#importButton").match(n -> n instanceof Button b && b.getText().equals("全部导入"))
                .queryButton();
        assertTrue(importAll.isDisabled());
        robot.clickOn("#cancelButton");
        assertEquals(10, app.roster().count());

        Path good = dir.resolve("good.csv");
        Files.writeString(good, "单位名称,会员级别,入会日期\n新单位甲,理事单位,2024-01-05\n新单位乙,,2024/1/6\n",
                StandardCharsets.UTF_8);
        dialogs.files.add(good);
        robot.clickOn("#importButton");
        waitUntil(() -> robot.lookup("#importButton").match(n -> n instanceof Button b && b.getText().equals("全部导入"))
                .tryQuery().map(n -> !n.isDisabled()).orElse(false));
        robot.clickOn("全部导入");
        waitUntil(() -> table(robot).getItems().size() == 12);
        // said in a notification in the window's corner, not in a dialog to click away
        waitUntil(() -> robot.lookup(n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().startsWith("已导入 2 个会员单位（来自 good.csv）")).tryQuery().isPresent());
        assertFalse(dialogs.shown.stream().anyMatch(s -> s.contains("已导入")), dialogs.shown.toString());
    }
}
