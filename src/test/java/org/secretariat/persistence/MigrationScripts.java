package org.secretariat.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The migration scripts one engine runs: {@code db/migration/common} and the engine's own folder. */
public final class MigrationScripts {

    public static final Path ROOT = Path.of("src/main/resources/db/migration");

    private MigrationScripts() {
    }

    /** The script files in one folder ({@code common}, {@code h2}, {@code postgresql}), by name. */
    public static List<Path> in(String folder) throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(folder))) {
            return files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).sorted().toList();
        }
    }

    /** Every script an engine's Flyway runs. */
    public static List<Path> forEngine(String engine) throws IOException {
        return Stream.concat(in("common").stream(), in(engine).stream()).toList();
    }

    public static int version(Path script) {
        String n = script.getFileName().toString();
        return Integer.parseInt(n.substring(1, n.indexOf("__")));
    }
}
