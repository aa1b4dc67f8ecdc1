package org.secretariat.persistence;

import java.sql.SQLException;
import java.util.Optional;
import org.secretariat.i18n.Text;

/**
 * The office's PostgreSQL server could not be used, said in words the user can act on instead of
 * the driver's stack trace: it refused the login (wrong or missing password, unknown user, not allowed
 * from this computer), has no such database, refused the rights the app needs (creating its tables,
 * reading or writing them), or could not be reached at all.
 */
public class ServerRefusedException extends Exception {

    private final transient Text text;
    private final boolean refused;

    public ServerRefusedException(Text text, boolean refused, Throwable cause) {
        super(text.key(), cause);
        this.text = text;
        this.refused = refused;
    }

    /** What to tell the user. */
    public Text text() {
        return text;
    }

    /** True if the server answered and said no (login, rights, database); false if it was not reached. */
    public boolean refused() {
        return refused;
    }

    /**
     * What a failure means, if its causes hold one of PostgreSQL's answers about logins and rights
     * (SQLSTATE class 28 and 08004: the login; 3D000: no such database; 42501: a right is missing;
     * class 08 otherwise: the server was not reached).
     */
    public static Optional<ServerRefusedException> of(Throwable e, ServerTarget target) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (!(t instanceof SQLException sql) || sql.getSQLState() == null) {
                continue;
            }
            String state = sql.getSQLState();
            String detail = firstLine(sql.getMessage());
            if (state.startsWith("28") || state.equals("08004")) {
                return Optional.of(new ServerRefusedException(Text.of("server.error.login", target.user(), target, detail),
                        true, e));
            }
            if (state.equals("3D000")) {
                return Optional.of(new ServerRefusedException(Text.of("server.error.noDatabase", target.database(),
                        target), true, e));
            }
            if (state.equals("42501")) {
                return Optional.of(new ServerRefusedException(Text.of("server.error.rights", target.user(), target, detail),
                        true, e));
            }
            if (state.startsWith("08")) {
                return Optional.of(new ServerRefusedException(Text.of("server.error.unreachable", target, detail),
                        false, e));
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        String line = (nl < 0 ? message : message.substring(0, nl)).trim();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line; // the message goes on after it
    }
}
