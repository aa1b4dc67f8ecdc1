package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tests' executor: work and callbacks done when execute returns, with no FX thread at all. */
class ImmediateTaskExecutorTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ImmediateTaskExecutor executor = new ImmediateTaskExecutor(dialogs);
    private final List<String> told = new ArrayList<>();

    ImmediateTaskExecutorTest() {
        executor.setNotifier(new JobNotifier() {
            @Override
            public void succeeded(String title, String text) {
                told.add(title + ": " + text);
            }

            @Override
            public void failed(String title, Throwable error) {
                told.add(title + " failed: " + error.getMessage());
            }
        });
    }

    @Test
    void theResultIsHandedOnAndAnnouncedBeforeExecuteReturns() {
        List<Object> seen = new ArrayList<>();
        executor.execute(BackgroundTask.of("导出名册", p -> {
            seen.add(executor.runningProperty().get());
            p.update(1, 4, "第 1 行");
            seen.add(executor.progressProperty().get());
            seen.add(executor.messageProperty().get());
            return 12;
        }).onSuccess(seen::add).announce(n -> "已导出 " + n + " 家单位"));
        assertEquals(List.of(true, 0.25, "第 1 行", 12), seen);
        assertEquals(List.of("导出名册: 已导出 12 家单位"), told);
        assertFalse(executor.runningProperty().get());
        assertEquals(-1, executor.progressProperty().get());
        assertEquals("", executor.messageProperty().get());
        assertTrue(executor.tasks().isEmpty());
    }

    @Test
    void aFailureWithoutItsOwnHandlerIsShownInADialogAndAnnounced() {
        executor.execute(BackgroundTask.of("备份", p -> {
            throw new IllegalStateException("磁盘已满");
        }).announce(x -> "never"));
        assertEquals(1, dialogs.shown.size());
        assertTrue(dialogs.shown.get(0).contains("备份"), dialogs.shown.toString());
        assertEquals(List.of("备份 failed: 磁盘已满"), told);
        assertFalse(executor.runningProperty().get());
    }

    @Test
    void aFailureWithItsOwnHandlerGoesThereAndAnUnannouncedTaskTellsNobody() {
        List<Throwable> errors = new ArrayList<>();
        executor.execute(BackgroundTask.of("读取", p -> {
            throw new java.io.IOException("gone");
        }).onFailure(errors::add));
        assertEquals(1, errors.size());
        assertTrue(dialogs.shown.isEmpty());
        assertTrue(told.isEmpty());
    }

    @Test
    void aCancelAskedForDuringTheWorkEndsInTheCancelHandlerNotInSuccess() {
        List<String> seen = new ArrayList<>();
        executor.execute(BackgroundTask.of("批量发证", p -> {
            for (int i = 0; i < 10; i++) {
                if (p.isCancelled()) {
                    return i;
                }
                if (i == 3) {
                    executor.cancelCurrent();
                }
            }
            return 10;
        }).onSuccess(n -> seen.add("done " + n)).onCancelled(() -> seen.add("cancelled"))
                .announce(n -> "never"));
        assertEquals(List.of("cancelled"), seen);
        assertTrue(told.isEmpty());
        executor.execute(BackgroundTask.of("again", p -> p.isCancelled()).onSuccess(c -> seen.add("next saw " + c)));
        assertEquals(List.of("cancelled", "next saw false"), seen);
    }

    @Test
    void aTaskStartedFromACallbackRunsAtOnceToo() {
        List<String> seen = new ArrayList<>();
        executor.execute(BackgroundTask.of("删除", p -> "deleted").onSuccess(r -> {
            seen.add(r);
            executor.execute(BackgroundTask.of("重新载入", p -> "reloaded").onSuccess(seen::add));
            seen.add("after reload");
        }));
        assertEquals(List.of("deleted", "reloaded", "after reload"), seen);
        assertFalse(executor.runningProperty().get());
    }
}
