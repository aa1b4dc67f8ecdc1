package org.secretariat.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.secretariat.i18n.Messages;
import org.secretariat.service.AppContext;
import org.secretariat.service.PrintableSamples;
import org.secretariat.service.TestWorkspace;

/**
 * Opens the real main window at 1440×900 in Chinese on a year of sample records (the 新乡 charter's;
 * fees from the 联席会议's, the one that charges them; the first-run setup on an empty folder), walks
 * through every screen and writes a PNG of each into the folder given as the argument.
 * {@code src/site/screens.sh} runs it for the README.
 */
public final class ScreenGallery {

    private static final int WIDTH = 1440;
    private static final int HEIGHT = 900;

    private final Path out;
    private Stage stage;

    private ScreenGallery(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ScreenGallery OUTPUT_FOLDER");
            System.exit(2);
        }
        Path out = Files.createDirectories(Path.of(args[0]));
        Platform.setImplicitExit(false);
        Platform.startup(() -> { });
        // a fixed folder name, as the data safety screen and the import window show it
        Path data = Path.of(System.getProperty("java.io.tmpdir"), "secretariat-screens");
        delete(data);
        for (String dir : new String[] {"xinxiang", "county"}) {
            Files.createDirectories(data.resolve(dir));
            Files.writeString(data.resolve(dir).resolve("settings.properties"), "operator=\\u738b\\u79d8\\u4e66\n"); // 王秘书
        }
        ScreenGallery g = new ScreenGallery(out);
        try {
            try (AppContext app = PrintableSamples.workspace(data.resolve("xinxiang"), "xinxiang-cbec")) {
                openCases(app);
                app.backups().backupNow();
                g.mainScreens(app, data);
            }
            try (AppContext app = PrintableSamples.workspace(data.resolve("county"), "county-joint")) {
                g.fees(app);
            }
            try (AppContext app = AppContext.open(data.resolve("empty"), "test", TestWorkspace.CLOCK)) {
                g.setup(app);
            }
        } finally {
            Platform.exit();
            delete(data);
        }
        System.out.println("written to " + out);
        System.exit(0);
    }

    /** An admission waiting on its next step and a withdrawal in its notice period, for the due list. */
    private static void openCases(AppContext app) {
        var units = app.roster().list();
        for (var procedure : app.cases().procedures()) {
            String unit = switch (procedure.kind()) {
                case ADMISSION -> "新乡市数字贸易服务有限公司";
                case WITHDRAWAL -> "牧野外贸有限公司";
                default -> null;
            };
            units.stream().filter(u -> u.name().equals(unit)).findFirst().ifPresent(u ->
                    app.cases().open(procedure.id(), u.id(), TestWorkspace.CLOCK.instant().atZone(TestWorkspace.CLOCK.getZone())
                            .toLocalDate().minusDays(12), java.util.List.of()));
        }
    }

    private static void delete(Path dir) throws java.io.IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private void mainScreens(AppContext app, Path data) throws Exception {
        RecordingDialogs dialogs = open(app);
        shot("home", () -> !((TableView<?>) find("#dueTable")).getItems().isEmpty());

        click("#navRoster");
        TableView<?> units = (TableView<?>) find("#table");
        waitFor(() -> units.getItems().size() > 5);
        fx(() -> units.getSelectionModel().select(0));
        shot("roster", () -> !((ListView<?>) find("#historyList")).getItems().isEmpty());

        Path csv = data.resolve("会员名单.csv");
        Files.writeString(csv, String.join("\r\n",
                "单位名称,统一社会信用代码,单位类型,会员级别,法定代表人,联系人,联系电话,入会日期",
                "新乡市数字贸易港有限公司," + TestWorkspace.code("91410700MA", 31) + ",企业,普通会员单位,马超,马超,"
                        + "１３８０３７３１２３４（微信同号）,2026年3月1日",
                "延津县电子商务服务中心," + TestWorkspace.code("12410726MB", 32) + ",事业单位,理事单位,高远,林青,0373-7681234,2026/3/1",
                "新乡学院,,高校,钻石会员,王建国,李明,0373-3682000,2026-13-01",
                "注：以上排名不分先后") + "\r\n", StandardCharsets.UTF_8);
        dialogs.files.add(csv);
        click("#importButton");
        waitFor(() -> dialog() != null && dialog().getScene().getRoot().lookup("#problemList") != null
                && !((ListView<?>) dialog().getScene().getRoot().lookup("#problemList")).getItems().isEmpty());
        settle();
        write("import", fx(() -> {
            BufferedImage main = image(stage.getScene());
            Stage d = dialog();
            BufferedImage over = image(d.getScene());
            Graphics2D g = main.createGraphics();
            g.setColor(new Color(0, 0, 0, 60));
            g.fillRect(0, 0, main.getWidth(), main.getHeight());
            int x = (main.getWidth() - over.getWidth()) / 2;
            int y = Math.max(30, (main.getHeight() - over.getHeight()) / 2);
            g.drawImage(over, x, y, null);
            g.setColor(new Color(90, 90, 90));
            g.setStroke(new BasicStroke(1));
            g.drawRect(x - 1, y - 1, over.getWidth() + 1, over.getHeight() + 1);
            g.dispose();
            d.close();
            return main;
        }));

        click("#navCases");
        ListView<?> cases = (ListView<?>) find("#caseList");
        waitFor(() -> !cases.getItems().isEmpty());
        fx(() -> cases.getItems().stream().filter(c -> c.toString().contains("数字贸易")).findFirst()
                .ifPresent(c -> selectItem(cases, c)));
        waitFor(() -> !((TableView<?>) find("#stepTable")).getItems().isEmpty());
        click("#recordButton");
        shot("cases", () -> true);

        click("#navMeetings");
        ListView<?> meetings = (ListView<?>) find("#meetingList");
        waitFor(() -> !meetings.getItems().isEmpty());
        fx(() -> meetings.getItems().stream().filter(m -> m.toString().contains("理事会2026年第一次会议")).findFirst()
                .ifPresent(m -> selectItem(meetings, m)));
        waitFor(() -> !((TableView<?>) find("#seatTable")).getItems().isEmpty());
        fx(() -> ((TabPane) find("#tabs")).getSelectionModel().select(1));
        ListView<?> agenda = (ListView<?>) find("#agendaList");
        waitFor(() -> agenda.getItems().size() > 1);
        fx(() -> agenda.getSelectionModel().select(1));
        shot("meetings", () -> !((javafx.scene.control.Label) find("#verdictLabel")).getText().isEmpty());

        click("#navActivities");
        ListView<?> activities = (ListView<?>) find("#activityList");
        waitFor(() -> !activities.getItems().isEmpty());
        fx(() -> activities.getSelectionModel().select(0));
        shot("activities", () -> !((ListView<?>) find("#unitList")).getItems().isEmpty());

        click("#navCertificates");
        fx(() -> ((TabPane) find("#tabs")).getSelectionModel().select(1));
        ComboBox<?> kind = (ComboBox<?>) find("#templateKind");
        waitFor(() -> !kind.getItems().isEmpty());
        shot("certificates", () -> true);

        click("#navReports");
        shot("reports", () -> !((javafx.scene.control.TextArea) find("#mainWorkArea")).getText().isEmpty());

        click("#navSafety");
        shot("safety", () -> !((TableView<?>) find("#backupTable")).getItems().isEmpty());

        click("#navSettings");
        waitFor(() -> find("#orgGrid") != null);
        settle();
        fx(() -> {
            ScrollPane scroll = (ScrollPane) stage.getScene().getRoot().lookup(".scroll-pane");
            Node content = scroll.getContent();
            Bounds org = content.sceneToLocal(find("#orgGrid").localToScene(find("#orgGrid").getBoundsInLocal()));
            double room = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, (org.getMinY() - 90) / room));
        });
        shot("settings", () -> true);
        fx(stage::close);
    }

    private void fees(AppContext app) throws Exception {
        open(app);
        click("#navReports");
        TabPane tabs = (TabPane) find("#tabs");
        fx(() -> tabs.getSelectionModel().select(1));
        shot("fees", () -> !((TableView<?>) find("#accountTable")).getItems().isEmpty());
        fx(stage::close);
    }

    private void setup(AppContext app) throws Exception {
        open(app);
        ListView<?> charters = (ListView<?>) find("#charterList");
        waitFor(() -> !charters.getItems().isEmpty());
        fx(() -> charters.getItems().stream().filter(c -> c.toString().contains("新乡")).findFirst()
                .ifPresent(c -> selectItem(charters, c)));
        shot("setup", () -> true);
        fx(stage::close);
    }

    @SuppressWarnings("unchecked")
    private static <T> void selectItem(ListView<T> list, Object item) {
        list.getSelectionModel().select((T) item);
    }

    /** Opens the main window on the data, maximised to the picture's size, as the app does. */
    private RecordingDialogs open(AppContext app) throws Exception {
        RecordingDialogs dialogs = new RecordingDialogs();
        dialogs.unsavedAnswer = LeaveGuard.Choice.DISCARD;
        fx(() -> {
            Messages messages = Messages.forLanguage("zh");
            Placeholders.useLanguageForBuiltInTexts(messages);
            stage = new Stage();
            TaskExecutor executor = new FxTaskExecutor(dialogs);
            new MainWindow(stage, messages, executor).open(new UiContext(app, messages, dialogs, executor));
            stage.getScene().getRoot().resize(WIDTH, HEIGHT);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            stage.show();
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        settle();
        return dialogs;
    }

    /** The import window, when it is open. */
    private Stage dialog() {
        return fx(() -> Window.getWindows().stream().filter(w -> w != stage && w instanceof Stage && w.isShowing())
                .map(w -> (Stage) w).findFirst().orElse(null));
    }

    private Node find(String selector) {
        return fx(() -> stage.getScene().getRoot().lookup(selector));
    }

    private void click(String selector) {
        fx(() -> ((ButtonBase) stage.getScene().getRoot().lookup(selector)).fire());
        settle();
    }

    private void shot(String name, BooleanSupplier ready) throws Exception {
        try {
            waitFor(ready);
        } catch (IllegalStateException e) {
            System.err.println(name + ": not ready after 30 s, taken as it is");
        }
        settle();
        write(name, fx(() -> image(stage.getScene())));
    }

    private void write(String name, BufferedImage image) throws Exception {
        ImageIO.write(image, "png", out.resolve(name + ".png").toFile());
        System.out.println(name + ".png " + image.getWidth() + "×" + image.getHeight());
    }

    private static BufferedImage image(Scene scene) {
        WritableImage img = scene.snapshot(null);
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader r = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                b.setRGB(x, y, r.getArgb(x, y));
            }
        }
        return b;
    }

    /** Waits up to 30 s for the condition (checked on the FX thread). */
    private void waitFor(BooleanSupplier condition) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!fx(() -> {
            try {
                return condition.getAsBoolean();
            } catch (RuntimeException e) {
                return false;
            }
        })) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("screen not ready in 30 s");
            }
            pause(100);
        }
    }

    /** Lets background loads, layout and rendering finish. */
    private static void settle() {
        pause(700);
        fx(() -> null);
    }

    private static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void fx(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
    }

    private static <T> T fx(Callable<T> c) {
        if (Platform.isFxApplicationThread()) {
            try {
                return c.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.join();
    }
}
