package org.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening skips Flyway only where the schema is exactly current and every migration succeeded. */
class SchemaVersionTest {

    @TempDir
    Path dir;

    @Test
    void theConstantIsTheHighestMigration() throws Exception {
        int highest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            highest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertEquals(highest, SchemaVersion.CURRENT, "raise SchemaVersion.CURRENT with each new migration");
    }

    @Test
    void onlyACurrentSuccessfulHistoryCountsAsCurrent() throws Exception {
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:" + dir.resolve("t").toAbsolutePath(), "sa", "");
        try {
            assertFalse(SchemaVersion.isCurrent(pool), "a new database has no history");
            try (var c = pool.getConnection(); var s = c.createStatement()) {
                s.execute("create table \"flyway_schema_history\" (\"installed_rank\" int, \"version\" varchar(50), "
                        + "\"success\" boolean)");
                s.execute("insert into \"flyway_schema_history\" values (1, '1', true), (2, '" + (SchemaVersion.CURRENT - 1)
                        + "', true)");
            }
            assertFalse(SchemaVersion.isCurrent(pool), "an older schema is migrated");
            try (var c = pool.getConnection(); var s = c.createStatement()) {
                s.execute("insert into \"flyway_schema_history\" values (3, '" + SchemaVersion.CURRENT + "', true)");
            }
            assertTrue(SchemaVersion.isCurrent(pool));
            try (var c = pool.getConnection(); var s = c.createStatement()) {
                s.execute("update \"flyway_schema_history\" set \"success\" = false where \"installed_rank\" = 3");
            }
            assertFalse(SchemaVersion.isCurrent(pool), "a failed migration goes back to Flyway, which says so");
        } finally {
            pool.dispose();
        }
    }
}
