package dev.plara.store;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An H2 file system ({@code failing-disk:<path>}) over the real disk whose writes fail with an I/O error once told to,
 * as a disk that went bad or full does (tests).
 */
public final class FailingDisk extends FilePathWrapper {

    static final String SCHEME = "failing-disk";
    private static volatile boolean failing;
    private static final AtomicInteger FAILED_WRITES = new AtomicInteger();

    static {
        FilePath.register(new FailingDisk());
    }

    /** H2 makes one for each path it is asked for, by reflection. */
    public FailingDisk() {
        super();
    }

    /** The H2 file name of {@code path} on this file system. */
    static String file(String path) {
        return SCHEME + ":" + path;
    }

    /** From now on every write and every force to the disk fails. */
    static void breakDown() {
        failing = true;
    }

    /** Writes go through again, and nothing failed so far. */
    static void repair() {
        failing = false;
        FAILED_WRITES.set(0);
    }

    /** How many writes failed since the last {@link #repair}. */
    static int failedWrites() {
        return FAILED_WRITES.get();
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new Channel(getBase().open(mode));
    }

    private static void failIfBroken() throws IOException {
        if (failing) {
            FAILED_WRITES.incrementAndGet();
            throw new IOException("Input/output error (the test's failing disk)");
        }
    }

    /** A channel that hands everything to the real one, but fails writes while the disk is broken. */
    private static final class Channel extends FileBase {

        private final FileChannel base;

        Channel(FileChannel base) {
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
            failIfBroken();
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            failIfBroken();
            return base.write(src, position);
        }

        @Override
        public void force(boolean metaData) throws IOException {
            failIfBroken();
            base.force(metaData);
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
            failIfBroken();
            base.truncate(size);
            return this;
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
