package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
import org.testfx.util.WaitForAsyncUtils;

/** First run: a new data folder shows the setup screen; choosing a charter and finishing opens the roster. */
@ExtendWith(ApplicationExtension.class)
class SetupScreenTest {

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        app = AppContext.open(Files.createTempDirectory(dir, "fresh"), "test", TestWorkspace.CLOCK);
        Messages messages = Messages.forLanguage("zh");
        RecordingDialogs dialogs = new RecordingDialogs();
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

    @Test
    void choosingACharterShowsItsRulesWithArticlesAndFinishingOpensTheRoster(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<Object> charters = robot.lookup("#charterList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> charters.getItems().size() == 5);
        robot.interact(() -> charters.getSelectionModel().select(2)); // cerra
        TextArea summary = robot.lookup("#summaryArea").queryAs(TextArea.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(summary.getText().contains("主席團"), summary.getText());
        assertTrue(summary.getText().contains("第十六條"), "quorum cites its article: " + summary.getText());
        assertEquals("中國電商鄉村振興聯盟", robot.lookup("#nameField").queryAs(TextField.class).getText());
        robot.interact(() -> robot.lookup("#creditCodeField").queryAs(TextField.class).setText(""));
        robot.clickOn("#finishButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dueTable").tryQuery().isPresent());
        assertEquals("cerra", app.charter().orElseThrow().id());
        assertTrue(app.setupService().organisation().isPresent());
    }

    @Test
    void aBadPhoneOrEmailIsShownBesideItsFieldWithoutMovingTheOthersAndSetupRefusesIt(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<Object> charters = robot.lookup("#charterList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> charters.getItems().size() == 5);
        TextField phone = robot.lookup("#phoneField").queryAs(TextField.class);
        TextField email = robot.lookup("#emailField").queryAs(TextField.class);
        WaitForAsyncUtils.waitForFxEvents();
        double emailY = email.localToScene(0, 0).getY();
        double finishY = robot.lookup("#finishButton").query().localToScene(0, 0).getY();
        robot.interact(() -> phone.setText("12345"));
        robot.interact(() -> email.setText("abc@"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!org.controlsfx.control.decoration.Decorator.getDecorations(phone).isEmpty());
        assertTrue(!org.controlsfx.control.decoration.Decorator.getDecorations(email).isEmpty());
        assertEquals(emailY, email.localToScene(0, 0).getY(), 0.01, "the e-mail field did not move");
        robot.interact(() -> robot.lookup("#finishButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#problemLabel")
                .queryAs(javafx.scene.control.Label.class).getText().contains("「联系电话」填写有误"));
        String problems = robot.lookup("#problemLabel").queryAs(javafx.scene.control.Label.class).getText();
        assertTrue(problems.contains("「电子邮箱」填写有误：「abc@」"), problems);
        assertEquals(finishY, robot.lookup("#finishButton").query().localToScene(0, 0).getY(), 0.01);
        assertTrue(!app.isSetUp());
    }
}
