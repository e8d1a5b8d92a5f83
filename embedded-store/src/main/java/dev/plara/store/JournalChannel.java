package dev.plara.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The journal file being appended to, and how many bytes were written to the journal, forced to the disk, and written
 * since it last moved on to a new file (at an H2 commit of what the journal holds: what opening the store's file would
 * replay after a crash). A write or a force that fails stops the store ({@link StoreStop}).
 */
final class JournalChannel {

    private final JournalFiles files;
    private final StoreStop stop;
    /** Held while a journal file is forced, so that it is not closed meanwhile. */
    private final Object forces = new Object();
    private long number;
    private FileChannel channel;
    private long written;
    private long forced;
    private long writtenSinceRotation;

    /** Starts the journal file {@code number}. */
    JournalChannel(JournalFiles files, long number, StoreStop stop) {
        this.files = files;
        this.stop = stop;
        this.number = number;
        this.channel = files.create(number);
    }

    /** Appends {@code bytes} to the file, handing them to the operating system. */
    synchronized void write(ByteBuffer bytes) {
        written += bytes.remaining();
        writtenSinceRotation += bytes.remaining();
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw stop.stop("cannot write the store's journal", e);
        }
    }

    /** Forces what was written to the disk; writes go on meanwhile, into the same file. */
    void force() {
        synchronized (forces) {
            FileChannel current;
            long upTo;
            synchronized (this) {
                if (forced == written) {
                    return;
                }
                current = channel;
                upTo = written;
            }
            force(current);
            synchronized (this) {
                forced = Math.max(forced, upTo);
            }
        }
    }

    /**
     * Forces the file to the disk and moves on to the next one, before anything is written to it; answers the file
     * finished, which {@link #close(FileChannel)} closes once no force of it is under way.
     */
    synchronized FileChannel rotate() {
        force(channel);
        var next = files.create(number + 1);
        var finished = channel;
        number++;
        channel = next;
        forced = written;
        writtenSinceRotation = 0;
        return finished;
    }

    /** The number of the file being appended to. */
    synchronized long number() {
        return number;
    }

    void close(FileChannel finished) {
        synchronized (forces) {
            files.close(finished);
        }
    }

    /** Closes the file being appended to; nothing is written after. */
    void close() {
        FileChannel current;
        synchronized (this) {
            current = channel;
        }
        close(current);
    }

    /** Bytes written to the journal since it was opened. */
    synchronized long written() {
        return written;
    }

    synchronized long writtenSinceRotation() {
        return writtenSinceRotation;
    }

    private void force(FileChannel file) {
        try {
            file.force(false);
        } catch (IOException e) {
            throw stop.stop("cannot force the store's journal to the disk", e);
        }
    }
}
