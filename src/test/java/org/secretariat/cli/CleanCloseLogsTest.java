package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, point 10: closing the data normally leaves no H2 trace file and no stack trace, and the
 * app's log is written under {@code logs/} in the data folder.
 */
class CleanCloseLogsTest {

    @TempDir
    Path data;

    @Test
    void commandsLeaveNoTraceFileInTheDataFolder() throws Exception {
        assertEquals(0, CliRun.in(data, "setup", "--charter", "xinxiang-cbec").code());
        assertEquals(0, CliRun.in(data, "roster", "import", CliRun.SAMPLE).code());
        assertEquals(0, CliRun.in(data, "roster", "list").code());
        assertEquals(0, CliRun.in(data, "audit", "verify").code());
        assertEquals(List.of(), traceFiles());
    }

    @Test
    void aCommandWritesItsStartLineToTheLogInTheDataFolderAndNoStackTrace() throws Exception {
        assertEquals(0, CliRun.in(data, "setup", "--charter", "xinxiang-cbec").code());
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "org.secretariat.Launcher", "--data-dir", data.toString(), "audit", "verify")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);

        Path log = data.resolve("logs").resolve("secretariat.log");
        assertTrue(Files.isRegularFile(log), "no log in " + data.resolve("logs"));
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertTrue(text.contains("Secretariat started (--data-dir " + data + " audit verify)"), text);
        assertTrue(text.contains("data opened in"), text);
        assertFalse(text.contains("Exception"), text);
        assertFalse(text.contains("\tat "), text);
        assertEquals(List.of(), traceFiles());
    }

    private List<Path> traceFiles() throws Exception {
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".trace.db")).toList();
        }
    }
}
