package org.secretariat.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes files so that readers see either the old file or the complete new one: the content goes
 * to a temporary file in the target's folder, which is then moved over the target. A writer that
 * fails leaves neither a partial target nor the temporary file behind.
 */
public final class DocumentFiles {

    private DocumentFiles() {
    }

    public static void writeAtomically(Path target, IOConsumer<OutputStream> writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        if (Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
            // a device or pipe (/dev/null, /dev/stdout): written into, never replaced by a file moved over it
            try (OutputStream out = Files.newOutputStream(absolute, StandardOpenOption.WRITE)) {
                writer.accept(out);
            } catch (IOException e) {
                throw naming(absolute, e);
            }
            return;
        }
        // not Files.createTempFile: its owner-only permissions would stay on the finished document
        Path tmp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writer.accept(out);
            }
            move(tmp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof IOException io) {
                throw naming(absolute, io);
            }
            throw e;
        }
    }

    /**
     * A bare write error ("No space left on device" from the stream) names no file; it is rethrown
     * naming the target, so the user learns which file could not be written. Other exceptions pass.
     */
    static IOException naming(Path target, IOException e) {
        if (e.getClass() != IOException.class) {
            return e;
        }
        FileSystemException named = new FileSystemException(target.toString(), null, e.getMessage());
        named.initCause(e);
        return named;
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // some network shares cannot rename atomically; a plain replace is the best they offer
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
