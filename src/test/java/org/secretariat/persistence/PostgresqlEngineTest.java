package org.secretariat.persistence;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.secretariat.service.AppContext;
import org.secretariat.service.TestWorkspace;

/**
 * {@link EngineScenarios} on a fresh PostgreSQL database per test; skipped unless
 * {@code -Dsecretariat.test.postgresql=postgresql://USER@HOST:PORT/postgres} names a server.
 */
class PostgresqlEngineTest extends EngineScenarios {

    @RegisterExtension
    final PostgresqlTestServer server = new PostgresqlTestServer();

    @Override
    AppContext open() throws Exception {
        return AppContext.open(dir, server.target(), PostgresqlTestServer.password(), "test", TestWorkspace.CLOCK);
    }
}
