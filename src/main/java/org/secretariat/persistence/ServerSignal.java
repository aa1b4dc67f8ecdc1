package org.secretariat.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.apache.logging.log4j.LogManager;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * PostgreSQL's LISTEN/NOTIFY between the PCs of one office server: a transaction that wrote is
 * followed by a NOTIFY on {@link #CHANNEL}; a window listening on a connection of its own wakes at
 * once instead of at its next poll. The signal carries nothing: the listener reads what changed from
 * the audit trail, so a lost signal costs only a poll's delay.
 */
public final class ServerSignal implements AutoCloseable {

    /** The channel every app on the server notifies and listens on. */
    public static final String CHANNEL = "secretariat_changes";

    private final Connection connection;
    private final PGConnection pg;

    private ServerSignal(Connection connection) throws SQLException {
        this.connection = connection;
        this.pg = connection.unwrap(PGConnection.class);
        try (Statement st = connection.createStatement()) {
            st.execute("LISTEN " + CHANNEL);
        }
    }

    /**
     * Tells the listening PCs that something was committed (after the commit: they then see it). A
     * signal that cannot be sent only delays the others' refresh to their next poll.
     */
    static void notifyWritten(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement()) {
            st.execute("NOTIFY " + CHANNEL);
        } catch (SQLException e) {
            LogManager.getLogger(ServerSignal.class).warn("change signal not sent: {}", e.toString());
        }
    }

    /** Opens a connection outside the pool (a listening connection is held for as long as the window is). */
    interface Source {
        Connection open() throws SQLException;
    }

    /** A connection of its own from {@code source}, listening; the caller closes it. */
    static ServerSignal listen(Source source) throws SQLException {
        Connection c = source.open();
        try {
            c.setAutoCommit(true);
            return new ServerSignal(c);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * Waits up to {@code timeout} for a signal; true if one (or several) came. A signal sent by this
     * process's own writes comes too: the audit trail tells own entries from others'.
     */
    public boolean await(Duration timeout) throws SQLException {
        PGNotification[] got = pg.getNotifications((int) Math.max(1, timeout.toMillis()));
        return got != null && got.length > 0;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // the listening connection is being dropped anyway
        }
    }
}
