package org.secretariat;

import java.time.Clock;
import java.util.List;
import org.secretariat.cli.Cli;
import org.secretariat.i18n.Messages;
import org.secretariat.persistence.DataDirectory;
import org.secretariat.persistence.Settings;
import org.secretariat.ui.SecretariatApp;

/**
 * The one entry point. No arguments opens the window; arguments run a command without one.
 * (A plain class, not a JavaFX Application, so JavaFX on the class path starts.)
 */
public final class Launcher {

    /**
     * Held so the setting is not garbage-collected: JavaFX warns that it runs from the class path, which
     * is how this jar runs. Set in the window's JVM only (the first JVM of a jar run never loads JavaFX).
     */
    private static java.util.logging.Logger javafxLog;

    private Launcher() {
    }

    public static void main(String[] args) {
        org.secretariat.ui.StartupProbe.trace("main");
        List<String> list = List.of(args);
        System.setProperty("secretariat.logdir", DataDirectory.fromArgs(list).resolve("logs").toString());
        boolean windowOnly = list.isEmpty() || (list.size() == 2 && list.get(0).equals("--data-dir"))
                || (list.size() == 1 && list.get(0).startsWith("--data-dir="));
        if (windowOnly) {
            java.util.OptionalInt relaunched = ClassDataSharing.relaunch(list);
            if (relaunched.isPresent()) {
                System.exit(relaunched.getAsInt());
            }
            org.secretariat.ui.StartupProbe.trace("child-main");
            // Log4j's set-up takes a second on a busy machine: not on the way to the window
            Thread logStart = new Thread(() -> logStart(list), "log start");
            logStart.setDaemon(true);
            logStart.start();
            javafxLog = java.util.logging.Logger.getLogger("javafx");
            javafxLog.setLevel(java.util.logging.Level.SEVERE);
            // the data opens while JavaFX starts and builds the window, where there are cores for both (issue 18)
            if (org.secretariat.ui.EarlyOpen.pays(Runtime.getRuntime().availableProcessors())) {
                org.secretariat.ui.EarlyOpen.start(DataDirectory.fromArgs(list), Clock.systemDefaultZone());
            }
            try {
                SecretariatApp.launchWith(list);
            } catch (RuntimeException | UnsatisfiedLinkError e) {
                // no display (a server, an SSH session): say so instead of a stack trace
                System.err.println(Messages.forLanguage(Settings.load(DataDirectory.fromArgs(list)).language())
                        .get("main.noDisplay", String.valueOf(e.getMessage())));
                System.exit(Cli.FAILURE);
            }
            return;
        }
        if (java.nio.file.Files.isDirectory(DataDirectory.fromArgs(list))) {
            logStart(list); // not into a mistyped --data-dir: the command refuses it, and must create nothing there
        }
        System.setProperty("java.awt.headless", "true");
        int code = new Cli(System.out, System.err, Clock.systemDefaultZone()).run(list);
        System.exit(code);
    }

    private static void logStart(List<String> args) {
        org.apache.logging.log4j.LogManager.getLogger(Launcher.class).info("Secretariat started ({}), data folder {}, Java {}",
                args.isEmpty() ? "window" : String.join(" ", args),
                DataDirectory.fromArgs(args).toAbsolutePath(), System.getProperty("java.version"));
    }
}
