package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app's executor: one worker in order, results on the FX thread, a task list, gentle cancel. */
@ExtendWith(ApplicationExtension.class)
class FxTaskExecutorTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FxTaskExecutor executor = new FxTaskExecutor(dialogs);
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        // the toolkit is all these tests need
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void tasksRunOneAfterAnotherOffTheFxThreadAndHandTheirResultsToIt() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> {
            executor.execute(BackgroundTask.of("first", p -> {
                release.await(5, TimeUnit.SECONDS);
                return "first on FX thread? " + Platform.isFxApplicationThread();
            }).onSuccess(r -> seen.add(r + ", handed on FX thread? " + Platform.isFxApplicationThread())));
            executor.execute(BackgroundTask.of("second", p -> "second").onSuccess(seen::add));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("first", "second"), WaitForAsyncUtils.asyncFx(() ->
                executor.tasks().stream().map(t -> t.getTitle()).toList()).get());
        assertTrue(executor.runningProperty().get());
        release.countDown();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> seen.size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("first on FX thread? false, handed on FX thread? true", "second"), seen);
        assertTrue(executor.tasks().isEmpty());
        assertFalse(executor.runningProperty().get());
    }

    @Test
    void theTaskListsCancelStopsTheWorkAtItsNextCheckWithoutInterruptingTheWorker() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> executor.execute(BackgroundTask.of("批量发证", p -> {
            started.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!p.isCancelled() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            seen.add("interrupted? " + Thread.currentThread().isInterrupted());
            return null;
        }).onSuccess(x -> seen.add("done")).onCancelled(() -> seen.add("cancelled")))).get();
        assertTrue(started.await(5, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> executor.tasks().get(0).cancel()).get(); // what TaskProgressView's button does
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> seen.size() == 2);
        assertEquals(List.of("cancelled", "interrupted? false"), seen.stream().sorted().toList());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(executor.tasks().isEmpty());
    }

    @Test
    void anAnnouncedTaskTellsTheNotifierAndAFailureGoesToTheDialogs() throws Exception {
        executor.setNotifier(new JobNotifier() {
            @Override
            public void succeeded(String title, String text) {
                seen.add(title + ": " + text);
            }

            @Override
            public void failed(String title, Throwable error) {
                seen.add(title + " failed");
            }
        });
        WaitForAsyncUtils.asyncFx(() -> {
            executor.execute(BackgroundTask.of("导出", p -> 3).announce(n -> "已导出 " + n + " 家"));
            executor.execute(BackgroundTask.of("备份", p -> {
                throw new IllegalStateException("磁盘已满");
            }).announce(x -> "never"));
        }).get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> seen.size() == 2 && dialogs.shown.size() == 1);
        assertEquals(List.of("导出: 已导出 3 家", "备份 failed"), seen);
        assertTrue(dialogs.shown.get(0).contains("磁盘已满"));
    }
}
