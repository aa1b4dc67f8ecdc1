package org.secretariat.ui.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.ui.RecordingDialogs;
import org.secretariat.ui.FxTaskExecutor;
import org.secretariat.ui.TaskExecutor;
import org.secretariat.ui.UiContext;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The print preview window can be closed without printing: 关闭, or Esc. */
@ExtendWith(ApplicationExtension.class)
class PrintPreviewTest {

    @TempDir
    static Path dir;

    private AppContext app;
    private TaskExecutor executor;
    private UiContext ui;
    private Stage owner;

    @Start
    void start(Stage stage) throws Exception {
        app = TestWorkspace.open(Files.createTempDirectory(dir, "data"), "xinxiang-cbec");
        RecordingDialogs dialogs = new RecordingDialogs();
        executor = new FxTaskExecutor(dialogs);
        ui = new UiContext(app, Messages.forLanguage("zh"), dialogs, executor);
        // its own small window: resizing the primary stage would shrink the next screen test's window
        owner = new Stage();
        owner.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 400, 300));
        owner.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(owner::close).get();
        executor.close();
        app.close();
    }

    @Test
    void thePreviewHasACloseButton(FxRobot robot) throws Exception {
        long unit = app.roster().save(TestWorkspace.unit("新乡测试单位", "")).id();
        long id = app.certificates().issue("member", List.of(unit), LocalDate.of(2025, 3, 1), false).ids().get(0);
        var design = app.certificateOutput().design(id);
        robot.interact(() -> new CertificatePrinting(ui).preview(List.of(design), owner));
        assertEquals(2, Window.getWindows().size());
        robot.clickOn("#printCloseButton");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Window.getWindows().size() == 1);
        assertTrue(robot.lookup("#printCloseButton").tryQuery().isEmpty());
    }
}
