package org.secretariat.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Saves a workbook as document.DocumentFiles saves documents (this layer may not use that one): into a
 * temporary file beside the target, moved over it only once complete, so a full disk or a failed write
 * leaves neither a truncated target nor the temporary file. A device or pipe is written into, not replaced.
 */
final class WorkbookFiles {

    private WorkbookFiles() {
    }

    static void save(Workbook wb, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        if (Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
            try (Recorder out = new Recorder(Files.newOutputStream(absolute, StandardOpenOption.WRITE))) {
                try {
                    wb.write(out);
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
        // not Files.createTempFile: its owner-only permissions would stay on the finished workbook
        Path tmp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (Recorder out = new Recorder(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                try {
                    wb.write(out);
                } catch (RuntimeException e) {
                    throw out.orFailure(e);
                }
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw naming(absolute, e);
        } catch (RuntimeException e) {
            if (ioCause(e) != null) {
                throw naming(absolute, e);
            }
            throw e;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A bare write error ("No space left on device") is rethrown naming the target; so is one POI wraps
     * in a RuntimeException (XSSFWorkbook: "Failed to save: content types part"), which would otherwise
     * reach the user as an unexpected error.
     */
    private static IOException naming(Path target, Exception e) {
        if (e instanceof IOException io && e.getClass() != IOException.class) {
            return io;
        }
        IOException cause = e instanceof IOException io ? io : ioCause(e);
        FileSystemException named = new FileSystemException(target.toString(), null, cause.getMessage());
        named.initCause(e);
        return named;
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
