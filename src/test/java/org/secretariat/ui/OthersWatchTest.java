package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.persistence.AuditRepository;
import org.secretariat.persistence.MemberUnitRepository;
import org.secretariat.service.AppContext;
import org.secretariat.service.AuditTrail;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.ImportService;
import org.secretariat.service.roster.RosterService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Another PC adds a unit while the roster is shown and searched: the window shows it without a
 * click, the search box keeps what was typed, and the status bar says who changed the data.
 */
@ExtendWith(ApplicationExtension.class)
class OthersWatchTest {

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;
    private OthersWatch watch;

    @Start
    void start(Stage stage) throws Exception {
        app = TestWorkspace.open(Files.createTempDirectory(dir, "data"), "xinxiang-cbec");
        var sheet = app.importer().read(Path.of("src/test/resources/rosters/xinxiang-sample.csv"));
        app.importer().commit(app.importer().preview(sheet, ImportService.autoMapping(sheet)));
        Messages messages = Messages.forLanguage("zh");
        executor = new FxTaskExecutor(new RecordingDialogs());
        MainWindow window = new MainWindow(stage, messages, executor);
        window.open(new UiContext(app, messages, new RecordingDialogs(), executor));
        watch = OthersWatch.start(app, window::othersChanged, Duration.ofMillis(200));
        stage.show();
    }

    @AfterEach
    void close() {
        watch.close();
        executor.close();
        app.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aUnitAddedOnAnotherPcAppearsInTheSearchedRosterAndTheSearchStays(FxRobot robot) throws Exception {
        robot.clickOn("#navRoster");
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 10);
        robot.clickOn("#searchField").write("新乡");
        waitUntil(() -> table.getItems().size() < 10);
        int before = table.getItems().size();

        AuditTrail theirs = new AuditTrail(new AuditRepository(), () -> "李四", app.clock());
        new RosterService(app.database(), new MemberUnitRepository(), theirs, () -> app.charter().orElseThrow(), app.clock())
                .save(TestWorkspace.unit("新乡工程学院", ""));

        waitUntil(() -> table.getItems().size() == before + 1);
        assertEquals("新乡", robot.lookup("#searchField").queryAs(TextField.class).getText());
        String note = robot.lookup("#othersNote").queryAs(Label.class).getText();
        assertTrue(note.startsWith("李四 于 ") && note.contains("修改了数据"), note);
    }
}
