package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.secretariat.persistence.PostgresqlTestServer;
import org.secretariat.persistence.ServerTarget;

/**
 * Commands on the office server ({@code --database}, issue 17): the work as on a data folder, and a server
 * that says no is answered in words with exit 2. The server tests run with
 * {@code -Dsecretariat.test.postgresql=…} only; the address checks always.
 */
class CliServerTest {

    @TempDir
    Path data;

    @RegisterExtension
    final PostgresqlTestServer server = new PostgresqlTestServer();

    @Test
    void aCommandRunsOnTheServersDatabase() {
        String db = "--database=" + server.target();
        CliRun setup = CliRun.in(data, db, "setup", "--charter", "xinxiang-cbec");
        assertEquals(0, setup.code(), setup.err());
        CliRun imported = CliRun.in(data, db, "roster", "import", CliRun.SAMPLE);
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.out().contains("已导入 10 个会员单位"), imported.out());
        CliRun list = CliRun.in(data, db, "roster", "list");
        assertTrue(list.out().contains("新乡学院"), list.out());
        CliRun audit = CliRun.in(data, db, "audit", "verify");
        assertEquals(0, audit.code(), audit.err());
        CliRun onH2 = CliRun.in(data, "roster", "list");
        assertTrue(!onH2.out().contains("新乡学院"), "the data folder's own H2 file was not written: " + onH2.out());
    }

    @Test
    void aMissingDatabaseOrRightIsSaidInWordsWithExit2() throws Exception {
        ServerTarget t = server.target();
        ServerTarget missing = new ServerTarget(t.user(), t.host(), t.port(), t.database() + "_none", t.sslMode(), t.sslRootCert());
        CliRun none = CliRun.in(data, "--database", missing.toString(), "roster", "list");
        assertEquals(2, none.code(), none.err());
        assertTrue(none.err().contains("上没有数据库「" + missing.database() + "」"), none.err());

        String role = t.database() + "_clerk"; // may log in, may not create tables in the schema public (PostgreSQL 15)
        try (var c = PostgresqlTestServer.connect(t); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN");
        }
        try {
            ServerTarget clerk = new ServerTarget(role, t.host(), t.port(), t.database(), t.sslMode(), t.sslRootCert());
            CliRun refused = CliRun.in(data, "--database", clerk.toString(), "roster", "list");
            assertEquals(2, refused.code(), refused.err());
            assertTrue(refused.err().contains("用户 " + role + " 在 " + clerk + " 上没有所需的权限"), refused.err());
            assertTrue(!refused.err().contains("at org."), "no stack trace: " + refused.err());
        } finally {
            PostgresqlTestServer.drop(t.database());
            try (var c = PostgresqlTestServer.connect(PostgresqlTestServer.admin().orElseThrow());
                 Statement s = c.createStatement()) {
                s.execute("DROP ROLE " + role);
            }
        }
    }

    @Test
    void anUnreachableServerIsSaidInWordsWithExit1() {
        CliRun r = CliRun.in(data, "--database", "postgresql://nobody@127.0.0.1:1/none", "roster", "list");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("连接不上数据库服务器 postgresql://nobody@127.0.0.1:1/none"), r.err());
    }
}
