package org.secretariat.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * Test-only H2 file system {@code quota:} over the real disk: once the bytes written through it exceed
 * a budget the test sets, a write stores what still fits and then fails as a full disk does
 * ({@code No space left on device}); {@link #readOnly()} makes every write and new file fail as a
 * read-only mount does ({@code Read-only file system}). Reads always work. Like H2's own
 * FilePathUnstable, but failing where a test says rather than at random.
 */
public final class QuotaFileSystem extends FilePathWrapper {

    static final String SCHEME = "quota";
    static final String DISK_FULL = "No space left on device";
    static final String READ_ONLY = "Read-only file system";

    private static final AtomicLong BUDGET = new AtomicLong(Long.MAX_VALUE);
    private static volatile String failure = DISK_FULL;

    private static final QuotaFileSystem INSTANCE = new QuotaFileSystem();

    static {
        FilePath.register(INSTANCE);
    }

    /** H2 makes one per path by reflection. */
    public QuotaFileSystem() {
    }

    /** Routes databases opened from now on through this file system. */
    static void install() {
        unlimited();
        Database.fileScheme = SCHEME;
    }

    /** Databases open on the plain disk again; the budget is lifted. */
    static void uninstall() {
        Database.fileScheme = "file";
        unlimited();
    }

    /** At most {@code bytes} more bytes can be written before the disk is full. */
    static void limit(long bytes) {
        failure = DISK_FULL;
        BUDGET.set(bytes);
    }

    /** The bytes that can still be written (what a run wrote: the limit set before it, less this). */
    static long left() {
        return BUDGET.get();
    }

    static void readOnly() {
        failure = READ_ONLY;
        BUDGET.set(0);
    }

    static void unlimited() {
        failure = DISK_FULL;
        BUDGET.set(Long.MAX_VALUE);
    }

    /** Takes up to {@code wanted} bytes of the budget; how many it got. */
    private static long take(long wanted) {
        while (true) {
            long left = BUDGET.get();
            long got = Math.min(left, wanted);
            if (left == Long.MAX_VALUE || BUDGET.compareAndSet(left, left - got)) {
                return left == Long.MAX_VALUE ? wanted : got;
            }
        }
    }

    private static IOException failure() {
        return new IOException(failure);
    }

    private static void refuseIfReadOnly() throws IOException {
        if (failure == READ_ONLY && BUDGET.get() == 0) {
            throw failure();
        }
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        if (mode.contains("w")) {
            refuseIfReadOnly();
        }
        return new QuotaChannel(getBase().open(mode));
    }

    /** BACKUP TO writes its zip through a stream: through the budgeted channel too. */
    @Override
    public OutputStream newOutputStream(boolean append) throws IOException {
        return newFileChannelOutputStream(open("rw"), append);
    }

    @Override
    public boolean createFile() {
        if (failure == READ_ONLY && BUDGET.get() == 0) {
            return false;
        }
        return super.createFile();
    }

    /** A channel whose writes draw on the budget. */
    private static final class QuotaChannel extends FileBase {
        private final FileChannel base;

        QuotaChannel(FileChannel base) {
            this.base = base;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return write(src, -1);
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            int wanted = src.remaining();
            long got = take(wanted);
            if (got < wanted) {
                // a full disk stores what fits, then fails
                ByteBuffer part = src.slice();
                part.limit((int) got);
                if (got > 0) {
                    if (position < 0) {
                        base.write(part);
                    } else {
                        base.write(part, position);
                    }
                }
                throw failure();
            }
            return position < 0 ? base.write(src) : base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            refuseIfReadOnly();
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }

        @Override
        public String toString() {
            return SCHEME + ":" + base;
        }
    }
}
