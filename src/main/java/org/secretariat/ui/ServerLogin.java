package org.secretariat.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.secretariat.persistence.ServerPassword;
import org.secretariat.persistence.ServerTarget;
import org.secretariat.persistence.Settings;

/**
 * The office server a data folder means (issue 17): {@code database.server} in its
 * {@code settings.properties}, set by 「迁移到办公室服务器」 or by connecting this PC to the server.
 * The window then opens that database, never the folder's own H2 file (which a move has taken away:
 * opening it would create an empty database). The password comes from where PostgreSQL's own tools
 * find it ({@code PGPASSWORD}, {@code ~/.pgpass}), else none is tried (a server that trusts this PC),
 * else the window asks; it is kept in memory for reopening only, never written anywhere.
 */
public final class ServerLogin {

    private ServerLogin() {
    }

    /** The server the folder's settings name, if any; an address that cannot be read is an error to show. */
    public static Optional<ServerTarget> of(Path dataDir) throws IOException {
        String address = Settings.load(dataDir).get(Settings.SERVER, "").strip();
        return address.isEmpty() ? Optional.empty()
                : Optional.of(ServerTarget.parse(address, System.getProperty("user.name")));
    }

    /** Whether the folder means a server (the early open and the H2-only screens ask). */
    public static boolean named(Path dataDir) {
        try {
            return of(dataDir).isPresent();
        } catch (IOException | RuntimeException e) {
            return true; // a setting that cannot be read must not lead to opening (and creating) the H2 file
        }
    }

    /** The password PostgreSQL's tools would use for {@code target}, if one is set up on this PC. */
    static String known(ServerTarget target) {
        return ServerPassword.find(target, Map.copyOf(System.getenv()), System.getProperty("user.home"),
                System.getProperty("os.name")).orElse(null);
    }

    /** True if the server refused the login (a password is needed, or the one given is wrong). */
    static boolean loginRefused(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof org.secretariat.persistence.ServerRefusedException r) {
                return r.text().key().equals("server.error.login");
            }
        }
        return false;
    }
}
