package org.secretariat.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.secretariat.persistence.Database;
import org.secretariat.persistence.DatabaseKey;
import org.secretariat.service.AppContext;

/**
 * A child process that opens a data folder as the window does (and so serves it to commands), prints
 * {@code OPEN}, and holds it until its input closes or it is killed. Arguments: data folder, password
 * (empty for none).
 */
public final class WindowHolder {

    private WindowHolder() {
    }

    public static void main(String[] args) throws Exception {
        DatabaseKey key = args.length > 1 && !args[1].isEmpty() ? DatabaseKey.fromPassword(args[1].toCharArray())
                : DatabaseKey.NONE;
        try (AppContext ctx = AppContext.open(Path.of(args[0]), Database.WINDOW, key, Clock.systemDefaultZone())) {
            System.out.println("OPEN");
            System.out.flush();
            while (System.in.read() >= 0) {
                // hold the data until the test closes our input
            }
        }
    }
}
