package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.persistence.PostgresqlTestServer;
import org.secretariat.persistence.ServerTarget;
import org.secretariat.persistence.Settings;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A second PC joins the office server from the setup screen (「连接办公室服务器…」): the window opens the
 * colleague's data there and the folder remembers the server; Settings says where the data is and
 * 「改用本机数据」 goes back to this PC's (empty) folder. PostgreSQL only.
 */
@ExtendWith(ApplicationExtension.class)
class ServerConnectScreenTest {

    @TempDir
    static Path dir;

    private static ServerTarget target;
    private Path folder;
    private DataSession session;
    private TaskExecutor executor;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeAll
    static void firstPc() throws Exception {
        Assumptions.assumeTrue(PostgresqlTestServer.configured(), "no PostgreSQL server");
        target = PostgresqlTestServer.createDatabase();
        try (AppContext first = AppContext.open(Files.createTempDirectory(dir, "first"), target,
                PostgresqlTestServer.password(), "test", TestWorkspace.CLOCK)) {
            TestWorkspace.setUp(first, "xinxiang-cbec");
            first.roster().save(TestWorkspace.unit("新乡学院", ""));
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        folder = Files.createTempDirectory(dir, "second");
        AppContext local = AppContext.open(folder, "test", TestWorkspace.CLOCK); // a new PC: nothing set up
        Messages messages = Messages.forLanguage("zh");
        executor = new FxTaskExecutor(dialogs);
        MainWindow window = new MainWindow(stage, messages, executor);
        window.setDialogs(dialogs);
        session = new DataSession(folder, TestWorkspace.CLOCK, executor, dialogs,
                ctx -> window.open(new UiContext(ctx, messages, dialogs, executor)),
                error -> dialogs.shown.add("cannot open: " + error));
        session.adopt(local);
        window.setSession(session);
        window.open(new UiContext(local, messages, dialogs, executor));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
        executor.close();
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out; dialogs: " + dialogs.shown, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aNewPcJoinsTheServerFromSetupAndGoesBackToItsFolderFromSettings(FxRobot robot) throws Exception {
        dialogs.texts.add(target.address());
        robot.clickOn("#connectButton");
        waitFor(() -> robot.lookup("#navRoster").tryQuery().isPresent());
        assertEquals(target.address(), Settings.load(folder).get(Settings.SERVER, ""));
        assertEquals(target, session.server().orElseThrow());
        robot.clickOn("#navRoster");
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        waitFor(() -> table.getItems().size() == 1);

        robot.clickOn("#navSettings");
        String where = robot.lookup("#dataDirLabel").queryAs(Label.class).getText();
        assertTrue(where.startsWith("办公室服务器 postgresql://"), where);
        robot.clickOn("#useFolderButton");
        waitFor(() -> robot.lookup("#finishButton").tryQuery().isPresent()); // this PC's folder: not set up
        assertEquals("", Settings.load(folder).get(Settings.SERVER, ""));
        assertTrue(session.server().isEmpty());
    }
}
