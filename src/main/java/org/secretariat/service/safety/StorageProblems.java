package org.secretariat.service.safety;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.secretariat.i18n.Text;

/**
 * Recognises the two storage failures a user can fix by themselves, a full disk and a place they
 * cannot write to, wherever they surface (an OS error, a java.nio exception, H2 wrapping either in an
 * SQLException), and says so in words naming the file or folder. The window and the command line
 * both ask here, so the checks live in one place.
 */
public final class StorageProblems {

    /** What went wrong with the storage. */
    public enum Kind {
        /** ENOSPC, a quota, Windows' "not enough space". */
        DISK_FULL,
        /** A read-only file system or a folder the user may not write to. */
        READ_ONLY
    }

    private static final String[] DISK_FULL_TEXTS = {"no space left on device", "disk quota exceeded",
            "not enough space on the disk"};
    private static final String[] READ_ONLY_TEXTS = {"read-only file system", "permission denied",
            "access is denied", "operation not permitted"};

    private StorageProblems() {
    }

    /** The storage problem behind {@code error} (searched through causes and suppressed exceptions). */
    public static Optional<Kind> kindOf(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        return kindOf(error, seen);
    }

    private static Optional<Kind> kindOf(Throwable t, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return Optional.empty();
        }
        if (t instanceof AccessDeniedException || t instanceof ReadOnlyFileSystemException) {
            return Optional.of(Kind.READ_ONLY);
        }
        String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        if (t instanceof FileSystemException fs && fs.getReason() != null) {
            m = m + " " + fs.getReason().toLowerCase(Locale.ROOT);
        }
        for (String s : DISK_FULL_TEXTS) {
            if (m.contains(s)) {
                return Optional.of(Kind.DISK_FULL);
            }
        }
        for (String s : READ_ONLY_TEXTS) {
            if (m.contains(s)) {
                return Optional.of(Kind.READ_ONLY);
            }
        }
        Optional<Kind> k = kindOf(t.getCause(), seen);
        for (Throwable s : t.getSuppressed()) {
            if (k.isPresent()) {
                break;
            }
            k = kindOf(s, seen);
        }
        return k;
    }

    /** The reason in a few words ("磁盘已满"), for a message that names the place itself. */
    public static Optional<Text> reason(Throwable error) {
        return kindOf(error).map(k -> Text.of(k == Kind.DISK_FULL ? "storage.reason.diskFull" : "storage.reason.readOnly"));
    }

    /** The whole message for a file or folder the user asked to write (an export, a backup). */
    public static Optional<Text> describe(Throwable error, Path place) {
        return kindOf(error).map(k -> Text.of(k == Kind.DISK_FULL ? "storage.diskFull" : "storage.readOnly",
                place == null ? Text.of("storage.unknownPlace") : place));
    }

    /** As {@link #describe(Throwable, Path)} with the place taken from the exception; see the other. */
    public static Optional<Text> describe(Throwable error) {
        return describeIn(error, null);
    }

    /**
     * The whole message, with the place taken from the exception: if H2 failed, saving records into the
     * data folder {@code dataDir} (H2 does not name it; null: "the data folder"), else the file or
     * folder java.nio names.
     */
    public static Optional<Text> describeIn(Throwable error, Path dataDir) {
        Optional<Kind> kind = kindOf(error);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        if (isDatabase(error)) {
            Object folder = dataDir == null ? Text.of("storage.dataFolder") : dataDir;
            return Optional.of(Text.of(kind.get() == Kind.DISK_FULL ? "storage.database.diskFull"
                    : "storage.database.readOnly", folder));
        }
        return describe(error, place(error));
    }

    private static boolean isDatabase(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException || t.getClass().getName().startsWith("org.h2.")) {
                return true;
            }
        }
        return false;
    }

    /** The file java.nio names; a hidden temporary file beside the target stands for its folder. */
    private static Path place(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException fs && fs.getFile() != null) {
                Path p = Path.of(fs.getFile());
                String name = p.getFileName() == null ? "" : p.getFileName().toString();
                return name.startsWith(".") && name.endsWith(".tmp") && p.getParent() != null ? p.getParent() : p;
            }
        }
        return null;
    }
}
