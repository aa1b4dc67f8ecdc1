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
            try (OutputStream out = Files.newOutputStream(absolute, StandardOpenOption.WRITE)) {
                wb.write(out);
            } catch (IOException e) {
                throw naming(absolute, e);
            }
            return;
        }
        // not Files.createTempFile: its owner-only permissions would stay on the finished workbook
        Path tmp = dir.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                wb.write(out);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw naming(absolute, e);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A bare write error ("No space left on device") is rethrown naming the target. */
    private static IOException naming(Path target, IOException e) {
        if (e.getClass() != IOException.class) {
            return e;
        }
        FileSystemException named = new FileSystemException(target.toString(), null, e.getMessage());
        named.initCause(e);
        return named;
    }
}
