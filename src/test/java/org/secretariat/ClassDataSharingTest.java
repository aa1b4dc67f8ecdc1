package org.secretariat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar run's class-data archive: one per jar build and Java, and never in a run from classes. */
class ClassDataSharingTest {

    @TempDir
    Path dir;

    @Test
    void aNewBuildOfTheJarGetsItsOwnArchive() throws Exception {
        Path jar = Files.writeString(dir.resolve("secretariat.jar"), "one build");
        String first = ClassDataSharing.archiveName(jar);
        assertTrue(first.startsWith("app-" + System.getProperty("java.version").replaceAll("[^0-9A-Za-z.]", "_") + "-"), first);
        assertTrue(first.endsWith(".jsa"), first);
        assertEquals(first, ClassDataSharing.archiveName(jar), "the same jar keeps its archive");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertNotEquals(first, ClassDataSharing.archiveName(jar), "a rebuilt jar does not use the old archive");
    }

    @Test
    void runFromClassesTheWindowStaysInThisJvm() {
        assertTrue(ClassDataSharing.relaunch(List.of()).isEmpty(), "tests and IDEs run from classes, not the jar");
    }

    @Test
    void theArchiveLivesInTheUsersCacheFolder() {
        assertTrue(ClassDataSharing.cacheDir().endsWith(Path.of("secretariat", "cds"))
                || ClassDataSharing.cacheDir().endsWith(Path.of("Secretariat", "cds")), ClassDataSharing.cacheDir().toString());
    }
}
