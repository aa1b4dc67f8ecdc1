package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/** 联席会议's charter states neither amendment nor dissolution: the cases screen offers neither and says why. */
@ExtendWith(ApplicationExtension.class)
class OrganisationCaseUnstatedScreenTest {

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        app = TestWorkspace.open(Files.createTempDirectory(dir, "data"), "county-joint");
        executor = Screens.open(stage, app, Messages.forLanguage("zh"), new RecordingDialogs());
    }

    @AfterEach
    void close() {
        executor.close();
        app.close();
    }

    @Test
    void neitherButtonIsOfferedAndTheReadingIsShown(FxRobot robot) {
        robot.clickOn("#navCases");
        assertTrue(robot.lookup("#amendButton").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#dissolveButton").queryAs(Button.class).isDisabled());
        String note = robot.lookup("#orgNote").queryAs(Label.class).getText();
        assertTrue(note.contains("本章程没有规定修改章程的程序：章程没有修改章程的条款")
                && note.contains("本章程没有规定终止本组织的程序：章程没有终止或解散的条款"), note);
    }
}
