package dev.plara.store;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The store's write-ahead journal: each change a command makes to a collection's documents is appended here,
 * and handed to the operating system before the command is answered ({@link #flush}); H2 commits what the journal
 * holds at a {@link #checkpoint}, four times a second. So a write costs one append, not a rewrite of every B-tree page
 * it touched and of H2's layout. The journal is a numbered run of files ({@link JournalFiles}); the H2 file records in
 * the very commit that holds their changes up to which file they are in it, so a crash at any point of a checkpoint
 * replays exactly the files it did not cover ({@link JournalReplay}).
 */
final class Journal implements AutoCloseable {

    static final byte PUT = 1;
    static final byte REMOVE = 2;

    private final MVStore store;
    private final JournalFiles files;
    private final WriteBuffer pending = new WriteBuffer(1 << 16);
    /**
     * Each map's name, as H2 gives it ({@link MVMap#getName} reads it from the file's layout at every call), until a
     * collection or an index is made, dropped or renamed ({@link #forgetMapNames}).
     */
    private final Map<MVMap<?, ?>, String> mapNames = new IdentityHashMap<>();
    private final Object checkpoints = new Object();
    private long number;
    private FileChannel channel;
    private boolean changedSinceCheckpoint;
    /** Stopped once a write to the journal failed: nothing may be acknowledged, or served, after that. */
    private final StoreStop stop;

    /** Starts a new journal file after {@code lastCovered}, the last file the store's file already holds. */
    Journal(MVStore store, JournalFiles files, long lastCovered, StoreStop stop) {
        this.store = store;
        this.files = files;
        this.stop = stop;
        this.number = lastCovered + 1;
        this.channel = files.create(number);
    }

    /** Records that {@code map} now holds {@code value} under {@code key}. */
    synchronized <K, V> void put(MVMap<K, V> map, K key, V value) {
        int start = JournalRecord.begin(pending, PUT, nameOf(map));
        map.getKeyType().write(pending, key);
        map.getValueType().write(pending, value);
        JournalRecord.end(pending, start);
        changedSinceCheckpoint = true;
    }

    /** Records that {@code map} no longer holds {@code key}. */
    synchronized <K> void remove(MVMap<K, ?> map, K key) {
        int start = JournalRecord.begin(pending, REMOVE, nameOf(map));
        map.getKeyType().write(pending, key);
        JournalRecord.end(pending, start);
        changedSinceCheckpoint = true;
    }

    /** Forgets the names of the maps: a map may have been renamed or dropped. */
    synchronized void forgetMapNames() {
        mapNames.clear();
    }

    private String nameOf(MVMap<?, ?> map) {
        return mapNames.computeIfAbsent(map, MVMap::getName);
    }

    /** Hands every change recorded so far to the operating system: from then on a {@code kill -9} cannot lose it. */
    synchronized void flush() {
        stop.throwIfStopped();
        if (pending.position() == 0) {
            return;
        }
        var bytes = pending.getBuffer();
        bytes.flip();
        try {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw stop.stop("cannot write the store's journal", e);
        } finally {
            pending.clear();
        }
    }

    /**
     * Commits to the H2 file everything the journal holds and forces the file to the disk, then drops the journal files
     * it covers; writes go on meanwhile, into the next file. Does nothing when nothing changed since the last one.
     */
    void checkpoint() {
        checkpoint(true);
    }

    /**
     * Commits to the H2 file everything the journal holds, for a collection or an index made or dropped: the commit
     * is handed to the operating system, and covers the journal files before it, so that no record written before a
     * drop is ever replayed onto what is made after it; the next {@link #checkpoint} forces it to the disk and drops
     * those files (a power loss before that takes the commit and its cover away together).
     */
    void commitSchema() {
        checkpoint(false);
    }

    private void checkpoint(boolean toTheDisk) {
        synchronized (checkpoints) {
            long covered;
            FileChannel done;
            synchronized (this) {
                if (!changedSinceCheckpoint && !store.hasUnsavedChanges()) {
                    return;
                }
                flush();
                force(channel);
                var next = files.create(number + 1);
                covered = number;
                done = channel;
                number++;
                channel = next;
                changedSinceCheckpoint = false;
            }
            JournalReplay.markCovered(store, covered);
            store.commit();
            files.close(done);
            if (toTheDisk) {
                store.sync();
                files.deleteUpTo(covered);
            }
        }
    }

    /** The file closed by a rotation is on the disk before anything is written to the next one. */
    private void force(FileChannel closing) {
        try {
            closing.force(false);
        } catch (IOException e) {
            throw stop.stop("cannot force the store's journal to the disk", e);
        }
    }

    @Override
    public void close() {
        checkpoint();
        synchronized (this) {
            files.close(channel);
            files.deleteUpTo(number);
        }
    }
}
