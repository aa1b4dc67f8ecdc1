package org.secretariat.ui;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.apache.logging.log4j.LogManager;
import org.secretariat.persistence.Settings;

/**
 * Where the main window was: its normal (not maximised) bounds and whether it was maximised, kept in
 * the data folder's {@code settings.properties} (the user's own folder on this machine) as
 * {@code window.placement=x,y,width,height,maximised}. With nothing saved the window opens maximised;
 * a saved place that no screen shows any more (a monitor unplugged) is not used.
 */
public record WindowPlacement(double x, double y, double width, double height, boolean maximised) {

    public static final String KEY = "window.placement";
    /** The smallest part of the window a screen must show for the saved place to be used. */
    private static final double VISIBLE = 80;

    /** The saved placement, or empty when none is saved or it cannot be read. */
    public static Optional<WindowPlacement> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String[] p = text.strip().split(",");
        if (p.length != 5) {
            return Optional.empty();
        }
        try {
            WindowPlacement w = new WindowPlacement(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                    Double.parseDouble(p[2]), Double.parseDouble(p[3]), Boolean.parseBoolean(p[4]));
            return w.width() >= 100 && w.height() >= 100 && Double.isFinite(w.x()) && Double.isFinite(w.y())
                    ? Optional.of(w) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String format() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximised);
    }

    /** Whether enough of the window's title area lies on one of the screens to grab it. */
    public boolean visibleOn(List<Rectangle2D> screens) {
        Rectangle2D top = new Rectangle2D(x, y, width, Math.min(height, VISIBLE));
        return screens.stream().anyMatch(s -> s.intersects(top)
                && Math.min(s.getMaxX(), x + width) - Math.max(s.getMinX(), x) >= VISIBLE);
    }

    /** Places the stage (before it is shown) as saved, else maximised; then keeps the settings up to date. */
    public static void restoreAndRemember(Stage stage, java.nio.file.Path dataDir) {
        Settings settings = Settings.load(dataDir);
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Optional<WindowPlacement> saved = parse(settings.get(KEY, null)).filter(w -> w.visibleOn(screens));
        if (saved.isPresent()) {
            WindowPlacement w = saved.get();
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setWidth(w.width());
            stage.setHeight(w.height());
            stage.setMaximized(w.maximised());
        } else {
            stage.setMaximized(true);
        }
        remember(stage, dataDir, saved.orElse(null));
    }

    /** Saves the placement when the window closes, with the bounds it had before it was maximised. */
    static void remember(Stage stage, java.nio.file.Path dataDir, WindowPlacement initial) {
        double[] normal = initial == null ? null : new double[] {initial.x(), initial.y(), initial.width(), initial.height()};
        double[][] last = {normal};
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen() && stage.getWidth() > 0) {
                last[0] = new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
            }
        };
        stage.xProperty().addListener(x -> track.run());
        stage.yProperty().addListener(x -> track.run());
        stage.widthProperty().addListener(x -> track.run());
        stage.heightProperty().addListener(x -> track.run());
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> save(stage, dataDir, last[0]));
    }

    private static void save(Stage stage, java.nio.file.Path dataDir, double[] normal) {
        double[] b = normal != null ? normal : new double[] {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        WindowPlacement w = new WindowPlacement(b[0], b[1], b[2], b[3], stage.isMaximized());
        try {
            Settings.load(dataDir).set(KEY, w.format()); // read afresh: the screens may have changed other settings
        } catch (IOException | RuntimeException e) {
            LogManager.getLogger(WindowPlacement.class).warn("window placement not saved: {}", e.getMessage());
        }
    }
}
