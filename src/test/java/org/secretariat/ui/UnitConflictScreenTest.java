package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.Settings;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitDraft;
import org.secretariat.service.roster.UnitRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 李明 edits a unit in the window while 王芳, at another PC on the same data, saves it first: his
 * save is refused with her name and time, the form shows her value and keeps what he typed, and his
 * second save goes through (issue 17 point 2, decision 0018).
 */
@ExtendWith(ApplicationExtension.class)
class UnitConflictScreenTest {

    private static final Clock WANG_CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:05:00Z"), TestWorkspace.CLOCK.getZone());

    @TempDir
    static Path dir;

    private static AppContext app;
    private static AppContext otherPc;
    private static long unitId;
    private TaskExecutor executor;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    /** Both PCs' apps open before the window (not on the FX thread, where the window's data is still booting). */
    @BeforeAll
    static void twoPcs() throws Exception {
        Path data = Files.createTempDirectory(dir, "data");
        if (TestWorkspace.onPostgresql()) {
            app = TestWorkspace.setUp(TestWorkspace.openData(data, TestWorkspace.CLOCK), "xinxiang-cbec");
            otherPc = TestWorkspace.openData(data, WANG_CLOCK);
        } else {
            app = TestWorkspace.setUp(AppContext.open(data, Database.WINDOW, TestWorkspace.CLOCK), "xinxiang-cbec");
            otherPc = AppContext.open(data, "test", WANG_CLOCK); // a second copy of the app on the window's data
        }
        app.settings().set(Settings.OPERATOR, "李明");
        otherPc.settings().set(Settings.OPERATOR, "王芳");
        UnitDraft d = TestWorkspace.unit("新乡市测试科技有限公司", "");
        d.phone = "0373-1111111";
        unitId = app.roster().save(d).id();
    }

    @Start
    void start(Stage stage) {
        Messages messages = Messages.forLanguage("zh");
        executor = new FxTaskExecutor(dialogs);
        MainWindow window = new MainWindow(stage, messages, executor);
        window.open(new UiContext(app, messages, dialogs, executor));
        stage.show();
    }

    @AfterEach
    void closeWindow() {
        executor.close();
    }

    @AfterAll
    static void close() {
        otherPc.close();
        app.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    @Test
    void aSaveOverAnotherPcsNewerSaveIsRefusedAndTheSecondSaveKeepsBoth(FxRobot robot) throws Exception {
        robot.clickOn("#navRoster");
        @SuppressWarnings("unchecked")
        TableView<UnitRow> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#editButton");
        waitUntil(() -> robot.lookup("#emailField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#emailField").queryAs(TextField.class).setText("office@test.cn"));

        UnitDraft hers = otherPc.roster().draft(unitId).orElseThrow(); // 王芳 changes the phone meanwhile
        hers.phone = "0373-2222222";
        assertTrue(otherPc.roster().save(hers).saved());

        robot.clickOn("#saveButton");
        waitUntil(() -> dialogs.shown.stream().anyMatch(s -> s.contains("此记录已被 王芳 于 10:05 修改，请查看后再保存")));
        waitUntil(() -> "0373-2222222".equals(field(robot, "#phoneField")));
        assertEquals("office@test.cn", field(robot, "#emailField"), "what 李明 typed is still in the form");
        assertEquals("", app.roster().draft(unitId).orElseThrow().email, "the refused save wrote nothing");

        robot.clickOn("#saveButton");
        waitUntil(() -> "office@test.cn".equals(app.roster().draft(unitId).orElseThrow().email));
        UnitDraft stored = app.roster().draft(unitId).orElseThrow();
        assertEquals("0373-2222222", stored.phone, "王芳's phone is kept");
        assertEquals(1, dialogs.shown.stream().filter(s -> s.startsWith("error")).count(), dialogs.shown.toString());
    }
}
