package org.secretariat.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.secretariat.charter.CharterLoadException;
import org.secretariat.i18n.Text;
import org.secretariat.persistence.ServerPassword;
import org.secretariat.persistence.ServerRefusedException;
import org.secretariat.persistence.ServerTarget;
import org.secretariat.service.AppContext;

/**
 * A command's data on the office's PostgreSQL server ({@code --database postgresql://…}, issue 17). The
 * password as PostgreSQL's own tools take it: {@code PGPASSWORD}, else the password file, else — if the
 * server asks for one and there is a terminal — typed without echo. It is kept in memory only.
 */
final class CliServer {

    private final ServerTarget target;
    private final Map<String, String> env;
    private final Console console;

    CliServer(ServerTarget target, Map<String, String> env, Console console) {
        this.target = target;
        this.env = env;
        this.console = console;
    }

    /** Reads {@code --database}'s value; the user defaults to this computer's login name, as in psql. */
    static ServerTarget parse(String value) throws UsageException {
        try {
            return ServerTarget.parse(value, System.getProperty("user.name"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(Text.of("cli.error.database", value, e.getMessage()));
        }
    }

    /**
     * The password for work that opens the server itself (a move): from the environment or the password
     * file, else typed on the terminal if there is one, else none (a server that trusts this PC).
     */
    String password(String prompt) {
        String found = ServerPassword.find(target, env, System.getProperty("user.home"), System.getProperty("os.name"))
                .orElse(null);
        if (found != null || console == null) {
            return found;
        }
        char[] typed = console.readPassword("%s", prompt);
        return typed == null || typed.length == 0 ? null : new String(typed);
    }

    ServerTarget target() {
        return target;
    }

    /**
     * Opens the server's database; without a password from the environment or the password file it
     * first tries without one (a server that trusts this PC), and asks on the terminal once if refused.
     */
    AppContext open(Path dataDir, String purpose, Clock clock, String prompt)
            throws ServerRefusedException, IOException, CharterLoadException {
        String password = ServerPassword.find(target, env, System.getProperty("user.home"), System.getProperty("os.name"))
                .orElse(null);
        try {
            return AppContext.open(dataDir, target, password, purpose, clock);
        } catch (ServerRefusedException e) {
            if (password != null || console == null || !e.text().key().equals("server.error.login")) {
                throw e;
            }
            char[] typed = console.readPassword("%s", prompt);
            if (typed == null || typed.length == 0) {
                throw e;
            }
            return AppContext.open(dataDir, target, new String(typed), purpose, clock);
        }
    }
}
