package org.secretariat.files;

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
public final class AtomicFiles {

    private AtomicFiles() {
    }

    public static void writeAtomically(Path target, IOConsumer<OutputStream> writer) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        if (Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
            // a device or pipe (/dev/null, /dev/stdout): written into, never replaced by a file moved over it
            try (Recorder out = new Recorder(Files.newOutputStream(absolute, StandardOpenOption.WRITE))) {
                try {
                    writer.accept(out);
                } catch (RuntimeException e) {
                    throw out.orFailure(e);
                }
            } catch (IOException e) {
                throw naming(absolute, e);
            } catch (RuntimeException e) {
                if (ioCause(e) != null) {
                    throw naming(absolute, e);
                }
                throw e;
            }
            return;
        }
        // not Files.createTempFile: its owner-only permissions would stay on the finished document
        // a name near the 255-byte limit leaves no room for the suffix: then the bare random name
        String name = absolute.getFileName().toString();
        Path tmp = dir.resolve("." + (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 150 ? "" : name + ".")
                + UUID.randomUUID() + ".tmp");
        try {
            try (Recorder out = new Recorder(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                try {
                    writer.accept(out);
                } catch (RuntimeException e) {
                    throw out.orFailure(e);
                }
            }
            move(tmp, absolute);
        } catch (IOException | RuntimeException | Error e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof IOException || e instanceof RuntimeException && ioCause(e) != null) {
                throw naming(absolute, (Exception) e);
            }
            throw e;
        }
    }

    /**
     * A bare write error ("No space left on device" from the stream) names no file; it is rethrown
     * naming the target, so the user learns which file could not be written; so is one POI or OpenPDF
     * wraps in a RuntimeException, which would otherwise reach the user as an unexpected error.
     */
    static IOException naming(Path target, Exception e) {
        if (e instanceof IOException io && e.getClass() != IOException.class) {
            return io;
        }
        IOException cause = e instanceof IOException io ? io : ioCause(e);
        FileSystemException named = new FileSystemException(target.toString(), null, cause.getMessage());
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

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /**
     * Remembers the first write error of the file, for a library that reports it only as its own
     * RuntimeException without the cause (POI: "Failed to save: content types part").
     */
    private static final class Recorder extends java.io.FilterOutputStream {
        private IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }

        /** The library's exception, or the write error it hid. */
        RuntimeException orFailure(RuntimeException e) throws IOException {
            if (failure != null && !(e.getCause() instanceof IOException)) {
                failure.addSuppressed(e);
                throw failure;
            }
            return e;
        }
    }
}
