package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.secretariat.i18n.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The status bar's 后台任务 button opens the task list, in Chinese, and its 取消 stops a task. */
@ExtendWith(ApplicationExtension.class)
class TaskListTest {

    private final FxTaskExecutor executor = new FxTaskExecutor(new RecordingDialogs());
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        Messages messages = Messages.forLanguage("zh");
        Placeholders.useLanguageForBuiltInTexts(messages);
        stage.setScene(new Scene(new StackPane(TaskList.button(executor, messages)), 600, 400));
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void theButtonCountsTheTasksAndTheListCancelsOne(FxRobot robot) throws Exception {
        Button button = robot.lookup("#statusTasks").queryButton();
        assertFalse(button.isVisible(), "nothing runs: no button");
        robot.interact(() -> {
            for (String title : List.of("批量发证", "导出会员名单")) {
                executor.execute(BackgroundTask.of(title, p -> {
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    while (!p.isCancelled() && System.nanoTime() < until) {
                        Thread.sleep(5);
                    }
                    return null;
                }).onCancelled(() -> seen.add("cancelled " + title)));
            }
        });
        assertTrue(button.isVisible());
        assertEquals("后台任务（2）", button.getText());
        robot.clickOn(button);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(".task-cancel-button").queryAll().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        for (var b : robot.lookup(".task-cancel-button").queryAllAs(Button.class)) {
            assertEquals("取消", b.getText());
        }
        robot.interact(() -> robot.lookup(".task-cancel-button").queryAllAs(Button.class).iterator().next().fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> seen.size() == 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> executor.tasks().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("后台任务（1）", button.getText());
        robot.interact(executor::cancelCurrent);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> seen.size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(button.isVisible());
    }
}
