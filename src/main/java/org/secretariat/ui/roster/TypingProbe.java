package org.secretariat.ui.roster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.ui.FxDialogService;
import org.secretariat.ui.ImmediateTaskExecutor;
import org.secretariat.ui.UiContext;

/**
 * The bench's typing row, measured where the user waits: the roster screen in a real stage, sorted by
 * name, a query typed a character at a time into the search box and cleared again. Each keystroke is
 * timed from setting the text to the end of the table's CSS and layout pass (filter, list updates,
 * cells re-laid out). Prints {@code BENCH typing UNITS MEDIAN MAX CLEAR_MEDIAN CPU_MEDIAN} (ms; the last is the FX
 * thread's CPU time per keystroke, which other work on the machine does not inflate) and exits.
 * Argument: the data folder (not open elsewhere).
 */
public final class TypingProbe {

    static final List<String> QUERIES = List.of("xxkj", "郑州", "138", "wang", "kjyxgs", "新乡电子");

    private TypingProbe() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The JavaFX application the probe runs (a separate class, as JavaFX on the class path needs). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            AppContext app = AppContext.open(java.nio.file.Path.of(getParameters().getRaw().get(0)), "bench",
                    Clock.systemDefaultZone());
            Messages messages = Messages.forLanguage("zh");
            FxDialogService dialogs = new FxDialogService(messages);
            UiContext ui = new UiContext(app, messages, dialogs, new ImmediateTaskExecutor(dialogs));
            RosterView view = new RosterView(ui); // loads the rows at once on the immediate executor
            stage.setScene(new Scene(view.root(), 1280, 800));
            stage.show();
            Platform.runLater(() -> {
                measure(view);
                app.close();
                Platform.exit();
                System.exit(0);
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static void measure(RosterView view) {
        Parent root = view.root();
        TextField search = (TextField) root.lookup("#searchField");
        TableView<Object> table = (TableView<Object>) root.lookup("#table");
        table.getSortOrder().setAll(List.of(table.getColumns().get(0))); // by name, the Chinese collation
        pass(root);
        List<Double> typing = new ArrayList<>();
        List<Double> clearing = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 5; round++) {
            for (String q : QUERIES) {
                for (int i = 1; i <= q.length(); i++) {
                    long c = threads.getCurrentThreadCpuTime();
                    double ms = keystroke(root, search, q.substring(0, i));
                    if (round > 0) {
                        typing.add(ms); // the first round warms the JIT up
                        cpu.add((threads.getCurrentThreadCpuTime() - c) / 1e6);
                    }
                }
                double ms = keystroke(root, search, "");
                if (round > 0) {
                    clearing.add(ms);
                }
            }
        }
        System.out.printf(java.util.Locale.ROOT, "BENCH typing %d %.3f %.3f %.3f %.3f%n", view.model().allRows().size(),
                median(typing), typing.stream().mapToDouble(Double::doubleValue).max().orElse(0), median(clearing),
                median(cpu));
        System.out.flush();
    }

    private static double keystroke(Parent root, TextField search, String text) {
        long t = System.nanoTime();
        search.setText(text);
        pass(root);
        return (System.nanoTime() - t) / 1e6;
    }

    private static void pass(Parent root) {
        root.applyCss();
        root.layout();
    }

    private static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length == 0 ? 0 : v[v.length / 2];
    }
}
