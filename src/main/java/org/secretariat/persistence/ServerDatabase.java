package org.secretariat.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.apache.logging.log4j.LogManager;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Opens a {@link Database} on the office's PostgreSQL server (issue 17, decision 0017): connects once
 * to learn whether the server lets this user in, migrates with the common scripts and PostgreSQL's
 * variants, and boots Hibernate on the same entities as on H2 (in the background for the window).
 * Connections are pooled by the same small pool as on H2, over the driver's pooled data source.
 * A refusal is turned into a {@link ServerRefusedException} that says it in words.
 */
final class ServerDatabase {

    private static final int MAX_CONNECTIONS = 8;

    private ServerDatabase() {
    }

    static Database open(Path dataDir, ServerTarget target, String password, boolean window) throws ServerRefusedException {
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setURL(target.jdbcUrl());
        source.setUser(target.user());
        if (password != null) {
            source.setPassword(password);
        }
        target.sslMode().ifPresent(source::setSslMode);
        target.sslRootCert().ifPresent(source::setSslRootCert);
        source.setApplicationName("Secretariat");
        source.setConnectTimeout(15);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            try (Connection c = pool.getConnection()) {
                c.isValid(5); // the login, and the database's existence, are checked here
            }
            long start = System.nanoTime();
            boolean current = SchemaVersion.isCurrent(pool);
            if (!current) {
                mayCreateTables(pool);
                Flyway.configure().dataSource(pool).locations(SchemaVersion.locations(SchemaVersion.POSTGRESQL))
                        .load().migrate();
            }
            long migrated = System.nanoTime();
            HibernateBoot hibernate = window ? HibernateBoot.whenNeeded(pool, ServerDialect.class)
                    : HibernateBoot.now(pool, ServerDialect.class);
            LogManager.getLogger(ServerDatabase.class).info("database {} opened: schema version checked in {} ms{}", target,
                    (migrated - start) / 1_000_000, current ? "" : ", migrated by Flyway");
            Database db = Database.onServer(dataDir, target, pool, hibernate);
            db.signalSource = source::getConnection;
            return db;
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            ServerRefusedException refused = ServerRefusedException.of(e, target).orElse(null);
            if (refused != null) {
                throw refused;
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("the server database " + target + " could not be opened: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the user may create tables where Flyway would put them: asked before Flyway, which retries
     * creating its history table ten times a second apart before it gives up. PostgreSQL 15 no longer lets
     * every user create tables in the schema public.
     */
    private static void mayCreateTables(JdbcConnectionPool pool) throws SQLException {
        try (Connection c = pool.getConnection(); var s = c.createStatement();
             var r = s.executeQuery("select current_schema(), coalesce(has_schema_privilege(current_schema(), 'CREATE'), false)")) {
            r.next();
            if (!r.getBoolean(2)) {
                throw new SQLException("permission denied to create tables in schema " + r.getString(1), "42501");
            }
        }
    }
}
