package org.secretariat.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * Start-up timing for the benchmark. With {@code -Dsecretariat.bench=shown} or {@code =roster} the app
 * prints the milliseconds from JVM start to that moment and exits; {@link Plain} is the reference: a
 * plain JavaFX window on the same JVM and class path.
 */
public final class StartupProbe {

    public static final String PROPERTY = "secretariat.bench";
    private static final java.util.concurrent.atomic.AtomicBoolean ROSTER_LOGGED = new java.util.concurrent.atomic.AtomicBoolean();
    private static final java.util.concurrent.atomic.AtomicBoolean FIRST_ROWS_LOGGED = new java.util.concurrent.atomic.AtomicBoolean();

    private StartupProbe() {
    }

    /** Starts the plain reference window (a class that does not extend Application, as JavaFX on the class path needs). */
    public static void main(String[] args) {
        Application.launch(Plain.class, args);
    }

    /** In a bench run, prints when a step of the start-up was reached (stderr, for reading a slow start). */
    public static void trace(String what) {
        if (System.getProperty(PROPERTY) == null) {
            return;
        }
        System.err.println("TRACE " + what + " " + (System.currentTimeMillis() - processStart()) + " " + Thread.currentThread().getName());
    }

    static boolean wants(String moment) {
        return moment.equals(System.getProperty(PROPERTY));
    }

    /** Prints "BENCH moment ms" and ends the application. */
    static void reached(String moment) {
        reached(moment, moment, true);
    }

    /**
     * Logs the moment; in the bench run {@code -Dsecretariat.bench=<bench>} prints "BENCH moment ms" too,
     * and after the {@code last} moment the live heap, and ends the application.
     */
    private static void reached(String bench, String moment, boolean last) {
        long ms = System.currentTimeMillis() - processStart();
        org.apache.logging.log4j.LogManager.getLogger(StartupProbe.class).info("{} {} ms after the process started", moment, ms);
        if (!wants(bench)) {
            return;
        }
        System.out.println("BENCH " + moment + " " + ms);
        if (last) {
            System.gc(); // what the window holds once the roster is up, after the garbage of loading it
            java.lang.management.MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            System.out.println("BENCH heap " + heap.getUsed() / (1024 * 1024) + " " + heap.getMax() / (1024 * 1024));
        }
        System.out.flush();
        if (last) {
            Platform.exit();
            System.exit(0);
        }
    }

    /**
     * When the user started the app: the JVM's start, or the first JVM's where the window runs in a
     * second one with the class-data archive (the relaunch is part of what the user waits for).
     */
    static long processStart() {
        Long relaunched = Long.getLong("secretariat.startedAt"); // the window's JVM need not load JMX to know it
        return relaunched != null ? relaunched : ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /**
     * The roster's first rows are in the table and laid out: what the user sees first and can scroll,
     * select and open while the rest are read ("BENCH roster"). Logged once.
     */
    public static void rosterRowsShown() {
        trace("rosterRowsShown");
        afterLayout(FIRST_ROWS_LOGGED, () -> reached("roster", "roster", false));
    }

    /**
     * Every row of the roster is in the table and laid out ("BENCH rosterAll"; the bench run ends here).
     * Logged once: the roster reloads after every change.
     */
    public static void rosterShown() {
        trace("rosterShown");
        afterLayout(ROSTER_LOGGED, () -> reached("roster", "rosterAll", true));
    }

    /**
     * Runs {@code then} once the home screen, just put in the window, has been laid out: the bench
     * opens the roster the way a user does, from the home screen they see first.
     */
    static void afterHomeShown(Runnable then) {
        afterLayout(() -> Platform.runLater(then));
    }

    private static void afterLayout(java.util.concurrent.atomic.AtomicBoolean once, Runnable then) {
        if (once.compareAndSet(false, true) || wants("roster")) {
            afterLayout(then);
        }
    }

    /** Runs {@code then} once the next pulse has laid the window out (what the user sees, not only the list filled). */
    private static void afterLayout(Runnable then) {
        javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isShowing).map(javafx.stage.Window::getScene)
                .filter(java.util.Objects::nonNull).findFirst().ifPresentOrElse(scene -> {
                    Runnable[] after = new Runnable[1];
                    after[0] = () -> {
                        trace("post-layout");
                        scene.removePostLayoutPulseListener(after[0]);
                        then.run();
                    };
                    scene.addPostLayoutPulseListener(after[0]);
                    Platform.requestNextPulse();
                }, then);
    }

    /** A plain JavaFX window, the reference for time-to-window. */
    public static final class Plain extends Application {
        @Override
        public void start(Stage stage) {
            trace("plain-start");
            stage.setScene(new Scene(new Label("Secretariat"), 1280, 800));
            stage.setOnShown(e -> Platform.runLater(() -> {
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.out.println("BENCH plain " + ms);
                System.out.flush();
                Platform.exit();
                System.exit(0);
            }));
            stage.show();
        }
    }
}
