package org.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code --database postgresql://[USER@]HOST[:PORT]/DB[?sslmode=…&sslrootcert=…]}, read as psql reads it. */
class ServerTargetTest {

    @Test
    void readsUserHostPortAndDatabase() {
        ServerTarget t = ServerTarget.parse("postgresql://mishu@192.168.1.20:5433/secretariat", "os-user");
        assertEquals(new ServerTarget("mishu", "192.168.1.20", 5433, "secretariat", Optional.empty(), Optional.empty()), t);
        assertEquals("jdbc:postgresql://192.168.1.20:5433/secretariat", t.jdbcUrl());
        assertEquals("postgresql://mishu@192.168.1.20:5433/secretariat", t.toString());
    }

    @Test
    void withoutUserOrPortTakesTheLoginNameAnd5432() {
        ServerTarget t = ServerTarget.parse("postgresql://office-server/members", "wang");
        assertEquals("wang", t.user());
        assertEquals(5432, t.port());
        assertEquals("members", t.database());
    }

    @Test
    void passesTheSslParametersThrough() {
        ServerTarget t = ServerTarget.parse("postgresql://u@h/db?sslmode=verify-full&sslrootcert=/etc/office/ca.pem", "x");
        assertEquals(Optional.of("verify-full"), t.sslMode());
        assertEquals(Optional.of("/etc/office/ca.pem"), t.sslRootCert());
    }

    @Test
    void anIpv6HostKeepsItsBrackets() {
        ServerTarget t = ServerTarget.parse("postgresql://u@[::1]:6543/db", "x");
        assertEquals("[::1]", t.host());
        assertEquals(6543, t.port());
    }

    @Test
    void refusesWhatIsNotThatForm() {
        for (String bad : new String[] {"mysql://h/db", "postgresql://h", "postgresql://h/", "postgresql://u:pw@h/db",
                "postgresql://h:port/db", "postgresql://h:70000/db", "postgresql://h/db?sslmode=maybe",
                "postgresql://h/db?password=x", "postgresql:///db"}) {
            assertThrows(IllegalArgumentException.class, () -> ServerTarget.parse(bad, "x"), bad);
        }
    }
}
