package org.secretariat.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;
import org.secretariat.service.roster.UnitRow;
import org.secretariat.ui.roster.RosterViewModel;

/**
 * The roster is read once for the window's start, not once for the screen and again for its tab
 * (issue 18), without ever showing rows older than a write the window made: a reload asked for
 * during a load joins it unless something was written meanwhile, and the tab reads again after a write.
 */
class RosterReloadTest {

    @TempDir
    Path dir;

    @Test
    void reloadsAskedForDuringALoadJoinIt() throws Exception {
        try (AppContext app = TestWorkspace.open(dir, "xinxiang-cbec"); HeldExecutor executor = new HeldExecutor()) {
            assertTrue(app.roster().save(TestWorkspace.unit("新乡学院", "")).saved());
            RosterViewModel model = model(app, executor);
            List<String> done = new ArrayList<>();
            model.reload(() -> done.add("screen"));
            model.reload(() -> done.add("tab"));
            assertEquals(2, executor.held.size(), "one read for both (its first rows, then all of them)");
            executor.release();
            assertEquals(List.of("screen", "tab"), done);
            assertEquals(List.of("新乡学院"), names(model));
        }
    }

    @Test
    void aWriteDuringALoadIsReadAgainBeforeTheCallersContinue() throws Exception {
        try (AppContext app = TestWorkspace.open(dir, "xinxiang-cbec"); HeldExecutor executor = new HeldExecutor()) {
            assertTrue(app.roster().save(TestWorkspace.unit("新乡学院", "")).saved());
            RosterViewModel model = model(app, executor);
            List<List<String>> seen = new ArrayList<>();
            model.reload(() -> seen.add(names(model)));
            assertTrue(app.roster().save(TestWorkspace.unit("河南师范大学", "")).saved());
            model.reload(() -> seen.add(names(model)));
            executor.release();
            assertEquals(2, seen.size());
            assertEquals(seen.get(0), seen.get(1));
            assertEquals(List.of("新乡学院", "河南师范大学"), seen.get(1), "both callers see the rows after the write");
        }
    }

    @Test
    void theTabShowsRowsJustReadAndReadsAgainAfterAWrite() throws Exception {
        try (AppContext app = TestWorkspace.open(dir, "xinxiang-cbec"); HeldExecutor executor = new HeldExecutor()) {
            RosterViewModel model = model(app, executor);
            executor.holding = false;
            model.reload(() -> { });
            int loads = executor.ran;
            List<String> done = new ArrayList<>();
            model.refresh(() -> done.add("tab"));
            assertEquals(List.of("tab"), done);
            assertEquals(loads, executor.ran, "rows read a moment ago, nothing written: not read again");
            assertTrue(app.roster().save(TestWorkspace.unit("新乡学院", "")).saved());
            model.refresh(() -> done.add("tab again"));
            assertEquals(List.of("tab", "tab again"), done);
            assertEquals(List.of("新乡学院"), names(model));
        }
    }

    /** The window's first load shows a screenful of rows while it reads the rest; export waits for all of them. */
    @Test
    void theFirstRowsShowWhileTheRestAreRead() throws Exception {
        try (AppContext app = TestWorkspace.open(dir, "xinxiang-cbec"); HeldExecutor executor = new HeldExecutor()) {
            int units = saveUnits(app, RosterViewModel.FIRST_ROWS + 5);
            RosterViewModel model = model(app, executor);
            List<String> done = new ArrayList<>();
            model.whenRowsShow(() -> done.add("rows show"));
            model.reload(() -> done.add("all read"));
            executor.releaseOne();
            assertEquals(List.of("rows show"), done, "the first rows are in the table; the rest are still being read");
            assertEquals(RosterViewModel.FIRST_ROWS, model.allRows().size());
            assertEquals("测试单位1", model.allRows().get(0).name());
            assertFalse(model.completeProperty().get(), "export waits for every row");
            assertEquals("已显示 100 个会员单位，其余正在载入……", model.countTextProperty().get());
            model.selectedProperty().set(model.allRows().get(41));
            executor.release();
            assertEquals(List.of("rows show", "all read"), done);
            assertEquals(units, model.allRows().size());
            assertTrue(model.completeProperty().get());
            assertEquals("共 105 个会员单位", model.countTextProperty().get());
            assertEquals("测试单位42", model.selectedProperty().get().name(), "the unit picked meanwhile stays picked");
            assertTrue(model.allRows().contains(model.selectedProperty().get()), "as a row of the full list");
            List<Boolean> partial = new ArrayList<>();
            model.completeProperty().addListener((o, was, now) -> partial.add(!now));
            model.reload(() -> { });
            assertEquals(List.of(), partial, "a later reload reads all rows at once; the table keeps its rows meanwhile");
            assertEquals(units, model.allRows().size());
        }
    }

    /** First rows do not stay as if they were the roster when reading the rest is cancelled; the next load starts over. */
    @Test
    void firstRowsAloneDoNotStayWhenTheRestAreCancelled() throws Exception {
        try (AppContext app = TestWorkspace.open(dir, "xinxiang-cbec"); HeldExecutor executor = new HeldExecutor()) {
            int units = saveUnits(app, RosterViewModel.FIRST_ROWS + 1);
            RosterViewModel model = model(app, executor);
            List<String> done = new ArrayList<>();
            model.reload(() -> done.add("all read"));
            executor.releaseOne();
            assertEquals(RosterViewModel.FIRST_ROWS, model.allRows().size());
            executor.cancelHeld();
            assertEquals(List.of(), done, "nobody is told the rows are in");
            assertEquals(List.of(), model.allRows(), "no roster of 100 units that has 101");
            assertTrue(model.completeProperty().get());
            executor.holding = false;
            model.reload(() -> done.add("read again"));
            assertEquals(List.of("read again"), done);
            assertEquals(units, model.allRows().size());
        }
    }

    /** Saves 测试单位1 … 测试单位n, in that order; returns n. */
    private static int saveUnits(AppContext app, int n) {
        for (int i = 1; i <= n; i++) {
            assertTrue(app.roster().save(TestWorkspace.unit("测试单位" + i, "")).saved());
        }
        return n;
    }

    private static RosterViewModel model(AppContext app, TaskExecutor executor) {
        return new RosterViewModel(new UiContext(app, Messages.forLanguage("zh"), new RecordingDialogs(), executor));
    }

    private static List<String> names(RosterViewModel model) {
        return model.allRows().stream().map(UnitRow::name).toList();
    }

    /** Holds tasks until released (a load under way), then runs them, and later ones, at once. */
    private static final class HeldExecutor implements TaskExecutor {
        private final ImmediateTaskExecutor now = new ImmediateTaskExecutor(new RecordingDialogs());
        private final List<BackgroundTask<?>> held = new ArrayList<>();
        private boolean holding = true;
        private int ran;

        @Override
        public <T> void execute(BackgroundTask<T> task) {
            if (holding) {
                held.add(task);
                return;
            }
            ran++;
            now.execute(task);
        }

        void releaseOne() {
            holding = false;
            execute(held.remove(0)); // as if the executor ran this one, while the others still wait
            holding = true;
        }

        /** The user cancels every task still waiting. */
        void cancelHeld() {
            List<BackgroundTask<?>> tasks = List.copyOf(held);
            held.clear();
            tasks.forEach(t -> t.cancelledHandler().run());
        }

        void release() {
            holding = false;
            List<BackgroundTask<?>> tasks = List.copyOf(held);
            held.clear();
            tasks.forEach(this::execute);
        }

        @Override
        public void setDialogs(DialogService dialogs) {
            now.setDialogs(dialogs);
        }

        @Override
        public void setNotifier(JobNotifier notifier) {
            now.setNotifier(notifier);
        }

        @Override
        public void cancelCurrent() {
            now.cancelCurrent();
        }

        @Override
        public ReadOnlyBooleanProperty runningProperty() {
            return now.runningProperty();
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return now.progressProperty();
        }

        @Override
        public ReadOnlyStringProperty messageProperty() {
            return now.messageProperty();
        }

        @Override
        public ObservableList<Task<?>> tasks() {
            return now.tasks();
        }

        @Override
        public void close() {
            now.close();
        }
    }
}
