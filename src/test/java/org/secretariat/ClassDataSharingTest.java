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
    void theWindowsJvmGetsTheCompilerOptionsAndTheUsersOwnWin() {
        List<String> command = ClassDataSharing.command(Path.of("/opt/java/bin/java"), List.of("-Xmx300m", "-XX:TieredStopAtLevel=4"),
                "-XX:SharedArchiveFile=/cache/app.jsa", Path.of("/apps/secretariat.jar"), List.of("--data-dir", "/data"), 42);
        assertEquals("/opt/java/bin/java", command.get(0));
        assertEquals(WindowJvm.OPTIONS, command.subList(1, 1 + WindowJvm.OPTIONS.size()));
        assertTrue(command.lastIndexOf("-XX:TieredStopAtLevel=4") > command.indexOf("-XX:TieredStopAtLevel=1"),
                "the user's own option comes later, and HotSpot takes the last");
        assertTrue(command.containsAll(List.of("-Xmx300m", "-Dsecretariat.startedAt=42", "-XX:SharedArchiveFile=/cache/app.jsa")));
        assertEquals(List.of("-cp", "/apps/secretariat.jar", Launcher.class.getName(), "--data-dir", "/data"),
                command.subList(command.size() - 5, command.size()));
    }

    /** An option this Java refused would stop the window from starting at all. */
    @Test
    void thisJavaStartsWithTheWindowsCompilerOptions() throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(WindowJvm.OPTIONS);
        command.add("-XX:+PrintFlagsFinal");
        command.add("-version");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
        assertTrue(out.matches("(?s).*TieredStopAtLevel\\s+=\\s+1\\s.*"), "HotSpot took the compiler option");
        assertTrue(out.matches("(?s).*ArchiveRelocationMode\\s+=\\s+0\\s.*"), "and the archive's mapping, a diagnostic option");
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

    /** Half-written archives of a killed start are removed once they are an hour old; a fresh one may still be written. */
    @Test
    void archivesOfOtherBuildsAndOldHalfWrittenOnesGo() throws Exception {
        Path keep = Files.writeString(dir.resolve("app-17.0.21-100-1.jsa"), "this build");
        Path writing = Files.writeString(dir.resolve("app-17.0.21-100-1.jsa.part"), "being moved");
        Path otherBuild = Files.writeString(dir.resolve("app-17.0.15-90-1.jsa"), "an older build");
        Path killed = Files.writeString(dir.resolve("app-17.0.15-80-1.jsa.part"), "a start killed while writing");
        Files.setLastModifiedTime(killed, FileTime.fromMillis(System.currentTimeMillis() - 2 * 3_600_000L));
        Path recent = Files.writeString(dir.resolve("app-17.0.21-120-1.jsa.part"), "another window writing now");
        Path unrelated = Files.writeString(dir.resolve("notes.txt"), "not ours");

        ClassDataSharing.removeOthers(dir, keep, writing);

        assertTrue(Files.exists(keep) && Files.exists(writing) && Files.exists(recent) && Files.exists(unrelated));
        assertTrue(Files.notExists(otherBuild), "another build's archive is removed");
        assertTrue(Files.notExists(killed), "a half-written archive two hours old is removed");
    }
}
