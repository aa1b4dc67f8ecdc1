package org.secretariat.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL server the database-level tests run against when
 * {@code -Dsecretariat.test.postgresql=postgresql://USER@HOST:PORT/DB} is given (the password as the
 * app takes it: PGPASSWORD or the password file); without it those tests are skipped. Each test gets a
 * fresh database of its own, created through {@code DB} (e.g. {@code postgres}) and dropped afterwards.
 *
 * <p>As an extension ({@code @RegisterExtension}) it creates the database before each test and drops it
 * after; {@link #target()} names it. {@link #createDatabase()} serves {@code TestWorkspace}, whose
 * databases are dropped when the test JVM exits.
 */
public final class PostgresqlTestServer implements BeforeEachCallback, AfterEachCallback {

    public static final String PROPERTY = "secretariat.test.postgresql";
    private static final Set<String> LEFT_OPEN = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.copyOf(LEFT_OPEN).parallelStream().forEach(name -> {
            try {
                drop(name);
            } catch (SQLException ignored) {
                // a throwaway cluster: a database left behind harms nothing
            }
        }), "drop-test-databases"));
    }

    private ServerTarget current;

    /** The server named by the property, if one is. */
    public static Optional<ServerTarget> admin() {
        String url = System.getProperty(PROPERTY);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(ServerTarget.parse(url, System.getProperty("user.name")));
    }

    public static boolean configured() {
        return admin().isPresent();
    }

    /** The password the app would take for the server (null: none, the cluster trusts this machine). */
    public static String password() {
        return ServerPassword.find(admin().orElseThrow(), System.getenv(), System.getProperty("user.home"),
                System.getProperty("os.name")).orElse(null);
    }

    /** A new empty database on the server, dropped when the JVM exits unless {@link #drop} is called first. */
    public static ServerTarget createDatabase() throws SQLException {
        ServerTarget admin = admin().orElseThrow();
        String name = "secretariat_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = connect(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
        }
        LEFT_OPEN.add(name);
        return new ServerTarget(admin.user(), admin.host(), admin.port(), name, admin.sslMode(), admin.sslRootCert());
    }

    /** Drops a database made by {@link #createDatabase()}, closing whatever connections are left. */
    public static void drop(String name) throws SQLException {
        try (Connection c = connect(admin().orElseThrow()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
        LEFT_OPEN.remove(name);
    }

    /** A plain connection to a database on the test server. */
    public static Connection connect(ServerTarget target) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", target.user());
        String password = password();
        if (password != null) {
            p.setProperty("password", password);
        }
        target.sslMode().ifPresent(m -> p.setProperty("sslmode", m));
        target.sslRootCert().ifPresent(f -> p.setProperty("sslrootcert", f));
        return DriverManager.getConnection(target.jdbcUrl(), p);
    }

    /** The database of the running test. */
    public ServerTarget target() {
        return current;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Assumptions.assumeTrue(configured(), "no PostgreSQL server: -D" + PROPERTY + "=postgresql://USER@HOST:PORT/postgres");
        current = createDatabase();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (current != null) {
            drop(current.database());
            current = null;
        }
    }
}
