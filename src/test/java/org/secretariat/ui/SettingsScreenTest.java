package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.persistence.Settings;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Chinese by default; switching to English in Settings relabels every screen and is remembered. */
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {

    @TempDir
    static Path dir;

    private Path data;
    private AppContext app;
    private TaskExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        data = Files.createTempDirectory(dir, "data");
        app = TestWorkspace.open(data, "county-joint");
        Messages messages = Messages.forLanguage(app.settings().language());
        RecordingDialogs dialogs = new RecordingDialogs();
        executor = Screens.open(stage, app, messages, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        app.close();
    }

    @Test
    void switchingToEnglishRelabelsTheWindowAndIsRemembered(FxRobot robot) throws Exception {
        assertEquals("会员名单", robot.lookup("#navRoster").queryAs(ToggleButton.class).getText());
        robot.clickOn("#navSettings");
        ComboBox<?> language = robot.lookup("#languageBox").queryAs(ComboBox.class);
        robot.interact(() -> language.getSelectionModel().select(1));
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> "Roster".equals(robot.lookup("#navRoster").queryAs(ToggleButton.class).getText()));
        assertEquals("en", Settings.load(data).language());
        robot.clickOn("#navRoster");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("Add").tryQuery().isPresent());
    }
}
