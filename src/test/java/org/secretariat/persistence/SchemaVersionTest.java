package org.secretariat.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening skips Flyway only where the schema is exactly current and every migration succeeded. */
class SchemaVersionTest {

    @TempDir
    Path dir;

    @Test
    void theConstantIsTheHighestMigration() throws Exception {
        for (String engine : List.of(SchemaVersion.H2, SchemaVersion.POSTGRESQL)) {
            int highest = MigrationScripts.forEngine(engine).stream().mapToInt(MigrationScripts::version).max().orElseThrow();
            assertEquals(highest, SchemaVersion.CURRENT, "raise SchemaVersion.CURRENT with each new migration (" + engine + ")");
        }
    }

    /**
     * Each engine runs every version once: a script is either common to both or has a variant in each
     * engine's folder under the same name (version and description), so both histories read alike.
     */
    @Test
    void everyVersionIsCommonOrHasAVariantForEachEngine() throws Exception {
        List<String> h2 = names(MigrationScripts.in(SchemaVersion.H2));
        assertEquals(h2, names(MigrationScripts.in(SchemaVersion.POSTGRESQL)), "the same variants in h2/ and postgresql/");
        for (String engine : List.of(SchemaVersion.H2, SchemaVersion.POSTGRESQL)) {
            List<Integer> versions = MigrationScripts.forEngine(engine).stream().map(MigrationScripts::version).sorted().toList();
            assertEquals(IntStream.rangeClosed(1, SchemaVersion.CURRENT).boxed().toList(), versions,
                    "versions 1 to CURRENT, each once, on " + engine);
        }
        Set<String> common = Set.copyOf(names(MigrationScripts.in("common")));
        h2.forEach(n -> assertFalse(common.contains(n), n + " is both common and engine-specific"));
    }

    private static List<String> names(List<Path> scripts) {
        return scripts.stream().map(p -> p.getFileName().toString()).sorted().toList();
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
