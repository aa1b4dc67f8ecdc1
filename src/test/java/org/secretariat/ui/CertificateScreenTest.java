package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
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
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issuing certificates from the window, and the template preview following the edits. */
@ExtendWith(ApplicationExtension.class)
class CertificateScreenTest {

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        app = TestWorkspace.open(Files.createTempDirectory(dir, "data"), "xinxiang-cbec");
        var sheet = app.importer().read(Path.of("src/test/resources/rosters/xinxiang-sample.csv"));
        app.importer().commit(app.importer().preview(sheet, ImportService.autoMapping(sheet)));
        Messages messages = Messages.forLanguage("zh");
        executor = Screens.open(stage, app, messages, dialogs);
    }

    @AfterEach
    void close() {
        executor.close();
        app.close();
    }

    private static void waitUntil(BooleanSupplier c) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, c::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void issuingForTheEntitledUnitsFillsTheRegisterAndWritesTheFiles(FxRobot robot) throws Exception {
        robot.clickOn("#navCertificates");
        waitUntil(() -> robot.lookup("#issueButton").tryQuery().isPresent());
        robot.clickOn("#issueButton");
        waitUntil(() -> robot.lookup("#issueUnits").tryQuery().isPresent());
        ListView<?> units = robot.lookup("#issueUnits").queryAs(ListView.class);
        waitUntil(() -> units.getItems().size() == 10);
        Path out = Files.createTempDirectory(dir, "out");
        dialogs.files.add(out);
        robot.clickOn("#issueGo");
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 10);
        waitUntil(() -> {
            try (Stream<Path> files = Files.list(out)) {
                return files.count() == 10;
            } catch (java.io.IOException e) {
                return false;
            }
        });
        assertEquals(10, app.certificates().list().size());
    }

    @Test
    void theTemplatePreviewFollowsTheTitleAsItIsTyped(FxRobot robot) throws Exception {
        robot.clickOn("#navCertificates");
        waitUntil(() -> robot.lookup("#tabs").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        TextField title = robot.lookup("#titleField").queryAs(TextField.class);
        waitUntil(() -> "跨境电商联盟成员证书".equals(title.getText()));
        robot.interact(() -> title.setText("成员证书"));
        Canvas canvas = robot.lookup("#previewCanvas").queryAs(Canvas.class);
        assertTrue(canvas.getWidth() > 100, "the preview is drawn at the pane's size");
        robot.interact(() -> robot.lookup("#patternField").queryAs(TextField.class).setText("{org}-{year}"));
        robot.clickOn("#saveTemplateButton");
        waitUntil(() -> !robot.lookup("#templateMessage").queryAs(javafx.scene.control.Label.class).getText().isEmpty());
        assertTrue(robot.lookup("#templateMessage").queryAs(javafx.scene.control.Label.class).getText().contains("编号格式"),
                "a pattern without {seq} is refused");
        robot.interact(() -> robot.lookup("#patternField").queryAs(TextField.class).setText("XX{year}{seq:000}"));
        robot.clickOn("#saveTemplateButton");
        waitUntil(() -> robot.lookup("#templateMessage").queryAs(javafx.scene.control.Label.class).getText().equals("模板已保存"));
        assertEquals("成员证书", app.certificateTemplates().settings("member").title());
    }

    @Test
    void aTypedTemplateAsksBeforeAnotherScreenAndSaveKeepsIt(FxRobot robot) throws Exception {
        robot.clickOn("#navCertificates");
        waitUntil(() -> robot.lookup("#tabs").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        TextField title = robot.lookup("#titleField").queryAs(TextField.class);
        waitUntil(() -> "跨境电商联盟成员证书".equals(title.getText()));
        robot.interact(() -> title.setText("联盟成员证书（新版）"));

        dialogs.unsavedAnswer = LeaveGuard.Choice.CANCEL;
        robot.clickOn("#navRoster");
        assertTrue(dialogs.shown.stream().anyMatch(x -> x.startsWith("unsaved: ")), dialogs.shown.toString());
        assertEquals("联盟成员证书（新版）", title.getText(), "取消 stays with the typed title");

        dialogs.unsavedAnswer = LeaveGuard.Choice.SAVE;
        robot.clickOn("#navRoster");
        waitUntil(() -> robot.lookup("#titleField").tryQuery().isEmpty());
        waitUntil(() -> "联盟成员证书（新版）".equals(app.certificateTemplates().settings("member").title()));
    }
}
