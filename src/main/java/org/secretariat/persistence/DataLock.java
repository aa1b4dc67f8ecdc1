package org.secretariat.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * One writer per data folder. An OS file lock on {@code secretariat.lock} is held while the data is
 * open; the OS drops it when the process dies, so a crash leaves no stale lock. The lock covers a
 * byte far past the end of the file, so the holder's description at the start stays readable
 * (Windows locks are mandatory).
 */
public final class DataLock implements AutoCloseable {

    static final String FILE = "secretariat.lock";
    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

    private final FileChannel channel;
    private final FileLock lock;

    private DataLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static DataLock acquire(Path dataDir, String purpose) throws DataInUseException, IOException {
        Path file = dataDir.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException e) {
            lock = null; // held by this same JVM
        }
        if (lock == null) {
            String holder = readHolder(channel);
            channel.close();
            throw new DataInUseException(dataDir, holder);
        }
        // the machine's own time, not the app's clock: it tells another process since when this one holds the folder
        String me = "pid " + ProcessHandle.current().pid() + ", " + purpose + ", "
                + LocalDateTime.now(Clock.systemDefaultZone()).truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ');
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return new DataLock(channel, lock);
    }

    private static String readHolder(FileChannel channel) {
        try {
            ByteBuffer buf = ByteBuffer.allocate(200);
            int n = channel.read(buf, 0);
            return n <= 0 ? "" : new String(buf.array(), 0, n, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        if (lock.isValid()) {
            channel.truncate(0);
            lock.release();
        }
        channel.close();
    }

}
