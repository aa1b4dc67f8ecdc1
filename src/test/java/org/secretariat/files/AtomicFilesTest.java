package org.secretariat.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files appear whole or not at all. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void failingWriterLeavesNoTargetAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("通知.pdf");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.writeAtomically(target, out -> {
            out.write("half a document".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        // the bare write error is rethrown naming the file, so the user learns which one failed
        assertEquals(target.toAbsolutePath() + ": disk full", thrown.getMessage());
        assertEquals("disk full", thrown.getCause().getMessage());
        assertFalse(Files.exists(target));
        assertEquals(0, count(dir));
    }

    @Test
    void failingWriterKeepsThePreviousFile() throws IOException {
        Path target = dir.resolve("通知.docx");
        Files.writeString(target, "old");
        assertThrows(IllegalStateException.class, () -> AtomicFiles.writeAtomically(target, out -> {
            out.write(1);
            throw new IllegalStateException("renderer bug");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(1, count(dir));
    }

    @Test
    void successfulWriteReplacesTheFileAndCreatesFolders() throws IOException {
        Path target = dir.resolve("2025/通知.pdf");
        AtomicFiles.writeAtomically(target, out -> out.write(new byte[] {1, 2, 3}));
        AtomicFiles.writeAtomically(target, out -> out.write(new byte[] {4, 5}));
        assertArrayEquals(new byte[] {4, 5}, Files.readAllBytes(target));
        assertEquals(1, count(target.getParent()));
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }
}
