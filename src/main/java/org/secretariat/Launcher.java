package org.secretariat;

import java.time.Clock;
import java.util.List;
import org.secretariat.cli.Cli;
import org.secretariat.persistence.DataDirectory;
import org.secretariat.ui.SecretariatApp;

/**
 * The one entry point. No arguments opens the window; arguments run a command without one.
 * (A plain class, not a JavaFX Application, so JavaFX on the class path starts.)
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        List<String> list = List.of(args);
        System.setProperty("secretariat.logdir", DataDirectory.fromArgs(list).resolve("logs").toString());
        boolean windowOnly = list.isEmpty() || (list.size() == 2 && list.get(0).equals("--data-dir"))
                || (list.size() == 1 && list.get(0).startsWith("--data-dir="));
        if (windowOnly) {
            SecretariatApp.launchWith(list);
            return;
        }
        System.setProperty("java.awt.headless", "true");
        int code = new Cli(System.out, System.err, Clock.systemDefaultZone()).run(list);
        System.exit(code);
    }

}
