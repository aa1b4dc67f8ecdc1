package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import org.secretariat.service.SetupService;
import org.secretariat.service.TestWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 李明 edits the organisation's details in Settings while 王芳, at another PC on the same data, saves
 * them first: his save is refused with her name and time, the form shows her phone and keeps the
 * address he typed, and his second save goes through with both (issue 17 point 2, decision 0018).
 */
@ExtendWith(ApplicationExtension.class)
class SettingsConflictScreenTest {

    private static final Clock WANG_CLOCK = Clock.fixed(Instant.parse("2026-11-21T02:05:00Z"), TestWorkspace.CLOCK.getZone());

    @TempDir
    static Path dir;

    private static AppContext app;
    private static AppContext otherPc;
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
    void aSaveOverAnotherPcsNewerDetailsIsRefusedAndTheSecondSaveKeepsBoth(FxRobot robot) throws Exception {
        robot.clickOn("#navSettings");
        waitUntil(() -> robot.lookup("#orgAddressField").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#orgAddressField").queryAs(TextField.class).setText("新乡市人民路1号"));

        SetupService.Loaded hers = otherPc.setupService().loaded().orElseThrow(); // 王芳 changes the phone meanwhile
        SetupService.Details d = hers.details();
        assertEquals(java.util.List.of(), otherPc.setupService().update(new SetupService.Details(d.name(), d.shortName(),
                d.creditCode(), d.secretariatSeat(), d.address(), d.contactName(), "0373-2222222", d.email()), hers.version()));

        Button save = robot.lookup("#orgSaveButton").queryAs(Button.class);
        Label status = robot.lookup("#orgStatusLabel").queryAs(Label.class);
        robot.interact(save::fire);
        waitUntil(() -> "此记录已被 王芳 于 10:05 修改，请查看后再保存".equals(status.getText()));
        assertEquals("0373-2222222", field(robot, "#orgPhoneField"), "the form shows 王芳's phone");
        assertEquals("新乡市人民路1号", field(robot, "#orgAddressField"), "what 李明 typed is still in the form");
        assertEquals(d.address(), app.setupService().details().orElseThrow().address(), "the refused save wrote nothing");

        robot.interact(save::fire);
        waitUntil(() -> "新乡市人民路1号".equals(app.setupService().details().orElseThrow().address()));
        assertEquals("0373-2222222", app.setupService().details().orElseThrow().phone(), "王芳's phone is kept");
    }
}
