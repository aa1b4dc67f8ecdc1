package org.secretariat.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.logging.log4j.LogManager;
import org.h2.jdbcx.JdbcConnectionPool;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/**
 * The embedded H2 file database of one data folder: locked for one writer, migrated by Flyway,
 * validated and used by one Hibernate SessionFactory. Or the same on the office's PostgreSQL server
 * (issue 17, opened by {@link ServerDatabase}): no file lock, no AUTO_SERVER, no CHECKPOINT SYNC, no
 * BACKUP TO; the data folder then holds only settings, logs and charters.
 */
public final class Database implements AutoCloseable {

    public static final String FILE_NAME = "secretariat";
    /** The purpose the window opens its data with; only the window lets commands share its data. */
    public static final String WINDOW = "window";

    static {
        // AUTO_SERVER's TCP server listens on this machine only: no firewall prompt, nothing on the network
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
    }

    /**
     * How a process holds the database. LOCAL: alone, embedded. SERVER: the window, embedded, and
     * serving other copies on this machine through H2's AUTO_SERVER. SHARED: a command run while the
     * window has the data open, working through the window's server.
     */
    enum Mode {
        LOCAL, SERVER, SHARED,
        POSTGRESQL // a database on the office's server: any number of copies, on any PC, at once
    }

    private final Path dataDir;
    private final DataLock lock;
    private final boolean ownsLock;
    private final JdbcConnectionPool pool;
    private final HibernateBoot hibernate;
    private final DatabaseKey key;
    private final Mode mode;
    /** The JDBC URL the pool connects with, for the connection that shuts the database down. */
    private final String url;
    /** The server database, or null for the H2 file. */
    private final ServerTarget server;

    private Database(Path dataDir, DataLock lock, boolean ownsLock, JdbcConnectionPool pool,
                     HibernateBoot hibernate, DatabaseKey key, Mode mode, String url, ServerTarget server) {
        this.server = server;
        this.mode = mode;
        this.url = url;
        this.dataDir = dataDir;
        this.lock = lock;
        this.ownsLock = ownsLock;
        this.pool = pool;
        this.hibernate = hibernate;
        this.key = key;
    }

    /**
     * Opens (creating if needed) the database in {@code dataDir}.
     *
     * @param purpose how the holder describes itself to a second opener ("window", "roster import")
     * @throws DataInUseException if another copy of the app holds the folder
     */
    public static Database open(Path dataDir, String purpose) throws DataInUseException, IOException {
        try {
            return open(dataDir, purpose, DatabaseKey.NONE);
        } catch (PasswordException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Opens the database with a key: an encrypted file needs its key; a new database is created
     * encrypted when a key is given; a key given for a plain file is not used.
     *
     * @throws PasswordException if the file is encrypted and the key is missing or wrong
     */
    public static Database open(Path dataDir, String purpose, DatabaseKey key)
            throws DataInUseException, IOException, PasswordException {
        Files.createDirectories(dataDir);
        DatabaseKey effective = effectiveKey(dataDir, key);
        boolean window = WINDOW.equals(purpose);
        DataLock lock;
        try {
            lock = DataLock.acquire(dataDir, purpose);
        } catch (DataInUseException e) {
            if (window || !e.heldByWindow()) {
                throw e;
            }
            return open(dataDir, null, false, effective, Mode.SHARED);
        }
        return open(dataDir, lock, true, effective, window ? Mode.SERVER : Mode.LOCAL);
    }

    /**
     * Opens the database {@code server} names on the office's PostgreSQL server; {@code dataDir} keeps
     * this PC's settings, logs and charters. The window ({@link #WINDOW}) boots Hibernate in the background.
     *
     * @param password null to let the driver go without one (a server that trusts this PC)
     * @throws ServerRefusedException if the server refuses the login or the rights, has no such database
     *                                or cannot be reached
     */
    public static Database open(Path dataDir, ServerTarget server, String password, String purpose)
            throws ServerRefusedException {
        return ServerDatabase.open(dataDir, server, password, WINDOW.equals(purpose));
    }

    /** A server database {@link ServerDatabase} has connected, migrated and booted Hibernate for. */
    static Database onServer(Path dataDir, ServerTarget server, JdbcConnectionPool pool, HibernateBoot hibernate) {
        return new Database(dataDir, null, false, pool, hibernate, DatabaseKey.NONE, Mode.POSTGRESQL, null, server);
    }

    /** The server database, if this is one; empty for the H2 file of the data folder. */
    public java.util.Optional<ServerTarget> server() {
        return java.util.Optional.ofNullable(server);
    }

    /**
     * Opens the database of a folder whose lock the caller already holds (a restore checks the files it
     * put in place before it lets go of the folder). Closing the database leaves the lock held.
     */
    public static Database openLocked(Path dataDir, DataLock lock, DatabaseKey key)
            throws DataInUseException, IOException, PasswordException {
        return open(dataDir, lock, false, effectiveKey(dataDir, key), Mode.LOCAL);
    }

    private static DatabaseKey effectiveKey(Path dataDir, DatabaseKey key) throws IOException, PasswordException {
        Path file = dataDir.resolve(BackupArchive.ENTRY);
        if (!Files.exists(file)) {
            return key;
        }
        boolean encrypted;
        try {
            encrypted = DatabaseKey.isEncrypted(file);
        } catch (IOException e) {
            return key; // locked by the window (Windows locks are mandatory): H2 itself checks the key
        }
        if (encrypted && !key.isSet()) {
            throw new PasswordException(file, true);
        }
        return encrypted ? key : DatabaseKey.NONE;
    }

    private static Database open(Path dataDir, DataLock lock, boolean ownsLock, DatabaseKey key, Mode mode)
            throws DataInUseException, IOException, PasswordException {
        JdbcConnectionPool pool = null;
        try {
            String url = url(dataDir, mode) + key.urlOptions();
            pool = JdbcConnectionPool.create(url, "sa", key.jdbcPassword());
            pool.setMaxConnections(8);
            long start = System.nanoTime();
            boolean current = SchemaVersion.isCurrent(pool); // the first connection: H2 opens the file here
            if (!current) {
                pool = mode == Mode.SHARED ? MigrationOnCopy.inPlace(pool) : MigrationOnCopy.onCopy(pool, dataDir, url, key);
            }
            LogManager.getLogger(Database.class).info("database {} opened in {} ms (the file and its schema version{})", mode,
                    (System.nanoTime() - start) / 1_000_000, current ? "" : ", migrated by Flyway");
            HibernateBoot hibernate = mode == Mode.SERVER ? HibernateBoot.whenNeeded(pool) : HibernateBoot.now(pool); // see whenNeeded
            return new Database(dataDir, lock, ownsLock, pool, hibernate, key, mode, url, null);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.dispose();
            }
            if (ownsLock) {
                lock.close();
            }
            if (mode == Mode.SHARED && isConnectionFailure(e)) {
                throw new DataInUseException(dataDir, "window");
            }
            if (hasCode(e, 90020)) {
                throw new DataInUseException(dataDir, "");
            }
            // 28000: the window's server refused the file password (the user is always "sa" without one)
            if (hasCode(e, 90049) || hasCode(e, 28000)) {
                // no key at all: the header could not be read (the window locks the file on Windows)
                throw new PasswordException(dataDir.resolve(BackupArchive.ENTRY), !key.isSet());
            }
            throw e;
        }
    }

    /** H2's file system for the file and its BACKUP TO copies: "file", or a test's full disk (QuotaFileSystem). */
    static volatile String fileScheme = "file";

    /**
     * WRITE_DELAY=0: H2 stores each commit in the file before the commit returns. With its default
     * (500 ms) a commit lives only in memory for up to half a second, and a killed process loses it
     * ({@code CrashSafetyTest} found exactly that).
     *
     * <p>MAX_COMPACT_TIME=0: H2 does not move chunks to shrink the file when it closes. With its default
     * (200 ms of compaction at every clean close) the 1 000-kill run lost a committed import: after a
     * close had compacted the file and a later process was killed, reopening went back to a version
     * before that process's last commit (kill 27 of seed 7, every time, with any kill delay). The
     * file keeps its largest size and reuses its free space instead.
     *
     * <p>TRACE_LEVEL_FILE=0: H2 writes no {@code secretariat.trace.db} beside the data. Every H2 error
     * reaches the app as an exception and is logged once in {@code logs/} where it is handled; H2's
     * own bridge to a logger needs SLF4J, which is not on the class path.
     */
    static final String OPTIONS = ";WRITE_DELAY=0;MAX_COMPACT_TIME=0;TRACE_LEVEL_FILE=0";

    static String url(Path dataDir) {
        return url(dataDir, Mode.LOCAL);
    }

    /** Whether the window holds this database (it lets commands share it); the window backs up after it shows. */
    public boolean heldByWindow() {
        return mode == Mode.SERVER;
    }

    /** H2's name for a database file of the folder ({@code file:/path/secretariat}, no {@code .mv.db}). */
    static String h2File(Path dataDir, String name) {
        return fileScheme + ":" + dataDir.toAbsolutePath().resolve(name);
    }

    /** AUTO_SERVER excludes DB_CLOSE_ON_EXIT=FALSE (the window closes its data itself); IFEXISTS: never a second, empty database. */
    static String url(Path dataDir, Mode mode) {
        String base = "jdbc:h2:" + h2File(dataDir, FILE_NAME) + OPTIONS;
        return switch (mode) {
            case LOCAL -> base + ";DB_CLOSE_ON_EXIT=FALSE";
            case SERVER -> base + ";AUTO_SERVER=TRUE";
            case SHARED -> base + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
            case POSTGRESQL -> throw new IllegalArgumentException("a server database has no H2 URL");
        };
    }

    /** The window's server could not be reached (it closed meanwhile, or a firewall blocks loopback). */
    private static boolean isConnectionFailure(Throwable e) {
        return hasCode(e, 90067) || hasCode(e, 90013) || hasCode(e, 90146);
    }

    /** Whether this process works through the window's copy (a command run while the window is open). */
    public boolean shared() {
        return mode == Mode.SHARED;
    }

    /** Whether an H2 error with this code is among the causes (90020 in use, 90049 wrong file password). */
    static boolean hasCode(Throwable e, int code) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The key the file is encrypted with, or {@link DatabaseKey#NONE}. */
    public DatabaseKey key() {
        return key;
    }

    /** Hibernate's SessionFactory; in the window, the first use waits for its boot if that is still running. */
    public SessionFactory sessionFactory() {
        return hibernate.get();
    }

    /** Work on one plain JDBC connection of the pool (reads that need not wait for Hibernate). */
    public <R> R withConnection(SqlWork<R> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new IllegalStateException("the database could not be read: " + e.getMessage(), e);
        }
    }

    /** A connection of the pool for work that manages its own transaction (a portable export's restore). */
    Connection connect() throws SQLException {
        return pool.getConnection();
    }

    /** What {@link #withConnection} runs. */
    public interface SqlWork<R> {
        R run(Connection c) throws SQLException;
    }

    public void inTransaction(Consumer<Session> work) {
        long before = writeCount();
        sessionFactory().inTransaction(work);
        syncIfWritten(before);
    }

    public <R> R fromTransaction(Function<Session, R> work) {
        long before = writeCount();
        R result = sessionFactory().fromTransaction(work);
        syncIfWritten(before);
        return result;
    }

    /**
     * After a transaction that wrote, {@code CHECKPOINT SYNC}: H2 stores anything unsaved and forces the
     * file to disk, so a commit survives a power cut as well as a killed process (WRITE_DELAY=0 alone
     * puts it in the file, not on the disk). Reads pay nothing.
     */
    private void syncIfWritten(long before) {
        if (writeCount() == before) {
            return;
        }
        if (server != null) { // PostgreSQL's commit is on its disk when it returns; tell the other PCs
            ServerSignal.notifyWritten(pool);
            return;
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new IllegalStateException("the database could not be written to disk: " + e.getMessage(), e);
        }
    }

    /** On the office server, where a listening connection comes from ({@link ServerSignal}); null on H2. */
    ServerSignal.Source signalSource;

    /** On the server, a connection of its own listening for other PCs' commits; empty on H2 (a window polls). */
    public java.util.Optional<ServerSignal> listenForChanges() throws SQLException {
        return signalSource == null ? java.util.Optional.empty() : java.util.Optional.of(ServerSignal.listen(signalSource));
    }

    /** Rows written through Hibernate since the database was opened (inserts, updates, deletes). */
    public long writeCount() {
        if (!hibernate.ready()) {
            return 0; // nothing can have been written through a SessionFactory not yet built
        }
        Statistics st = hibernate.get().getStatistics();
        return st.getEntityInsertCount() + st.getEntityUpdateCount() + st.getEntityDeleteCount()
                + st.getCollectionRecreateCount() + st.getCollectionUpdateCount()
                + st.getCollectionRemoveCount();
    }

    /** The live counts of the records a backup is checked against. */
    public BackupCounts counts() throws SQLException {
        try (Connection c = pool.getConnection()) {
            return BackupCounts.of(c);
        }
    }

    /** H2's {@code BACKUP TO}: a transactionally consistent zip of the open database. */
    void backupTo(Path zip) throws SQLException {
        if (server != null) {
            throw new SQLException("BACKUP TO is H2's: a server database is backed up by a portable export (issue 17)");
        }
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + fileScheme + ":" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    /**
     * {@code SHUTDOWN} on a connection of its own, not one from the pool: giving a pooled connection
     * back rolls it back, and after SHUTDOWN that fails with "Database is already closed", which H2
     * wrote with its stack trace to secretariat.trace.db at every close. A command sharing the
     * window's data leaves it open.
     */
    private void shutdown() {
        if (mode == Mode.SHARED || mode == Mode.POSTGRESQL) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url, "sa", key.jdbcPassword());
             Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            LogManager.getLogger(Database.class).warn("closing {} failed: {}", dataDir, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            hibernate.close();
        } finally {
            try {
                shutdown();
            } finally {
                pool.dispose();
                try {
                    if (ownsLock) {
                        lock.close();
                    }
                } catch (IOException ignored) {
                    // the OS releases the lock when the process ends
                }
            }
        }
    }
}
