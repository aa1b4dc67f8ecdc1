package org.secretariat.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Places nobody can write to, found by trying, so the tests run as root too (CI does): chmod stops only
 * other users, so a chmod 555 folder counts only when creating a file in it really fails; /sys refuses
 * new files even to root (EROFS where a container mounts it read-only, EACCES otherwise). At least one
 * must be found: a test never passes by exercising nothing.
 */
public final class StoragePlaces {

    /** Every write fails with ENOSPC, for root too. */
    public static final Path DEV_FULL = Path.of("/dev/full");

    private StoragePlaces() {
    }

    public static List<Path> readOnlyFolders(Path scratch) throws IOException {
        List<Path> found = new ArrayList<>();
        Path chmodded = Files.createDirectories(scratch.resolve("只读文件夹"));
        try {
            Files.setPosixFilePermissions(chmodded, PosixFilePermissions.fromString("r-xr-xr-x"));
            if (!canCreateFileIn(chmodded)) {
                found.add(chmodded); // not root
            }
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
        Path sys = Path.of("/sys");
        if (Files.isDirectory(sys) && !canCreateFileIn(sys)) {
            found.add(sys);
        }
        assertFalse(found.isEmpty(), "found no folder that refuses new files; the read-only tests would test nothing");
        return found;
    }

    /** Gives the chmod'ed folder back its permissions, so the temporary folder can be deleted. */
    public static void restore(Path scratch) throws IOException {
        Path chmodded = scratch.resolve("只读文件夹");
        if (Files.isDirectory(chmodded)) {
            Files.setPosixFilePermissions(chmodded, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean canCreateFileIn(Path dir) {
        Path probe = dir.resolve(".probe-" + UUID.randomUUID());
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A link named as the test wants ("名单.xlsx") to /dev/full: the writers write into it, and ENOSPC. */
    public static Path fullDiskFile(Path scratch, String name) throws IOException {
        assertFalse(!isDevice(DEV_FULL), "/dev/full is missing");
        return Files.createSymbolicLink(scratch.resolve(name), DEV_FULL);
    }

    /** /dev/full is still the device (no export or backup moved a file over it). */
    public static boolean isDevice(Path p) throws IOException {
        return Files.exists(p) && Files.readAttributes(p, PosixFileAttributes.class).isOther();
    }
}
