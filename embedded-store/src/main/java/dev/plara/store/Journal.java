package dev.plara.store;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.WriteBuffer;

import java.nio.channels.FileChannel;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The store's write-ahead journal: each change a command makes to a collection's documents is appended here,
 * and handed to the operating system before the command is answered ({@link #flush}); it is forced to the disk four
 * times a second ({@link JournalChannel#force}), and H2 commits what it holds at a {@link #checkpoint}, every few
 * seconds ({@link SyncSchedule}). So a write costs one append, not a rewrite of every B-tree page it touched and of
 * H2's layout, and the changes of one checkpoint interval to a page share its rewrite. The journal is a numbered run of
 * files ({@link JournalFiles}); the H2 file records in the very commit that holds their changes up to which file they
 * are in it, so a crash at any point of a checkpoint replays exactly the files it did not cover ({@link JournalReplay}).
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
    private final JournalChannel channel;
    private boolean changedSinceCheckpoint;
    /** The journal files the last H2 commit covers, and the store's version when its file was last forced. */
    private long committedUpTo;
    private long syncedVersion;
    /** Stopped once a write to the journal failed: nothing may be acknowledged, or served, after that. */
    private final StoreStop stop;

    /** Starts a new journal file after {@code lastCovered}, the last file the store's file already holds. */
    Journal(MVStore store, JournalFiles files, long lastCovered, StoreStop stop) {
        this.store = store;
        this.files = files;
        this.stop = stop;
        this.channel = new JournalChannel(files, lastCovered + 1, stop);
        this.committedUpTo = lastCovered;
        this.syncedVersion = store.getCurrentVersion();
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
            channel.write(bytes);
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
            commitWhatTheJournalHolds();
            if (toTheDisk && store.getCurrentVersion() != syncedVersion) {
                store.sync();
                syncedVersion = store.getCurrentVersion();
                files.deleteUpTo(committedUpTo);
            }
        }
    }

    /** Moves on to the next journal file and has H2 commit the changes of the files before it. */
    private void commitWhatTheJournalHolds() {
        long covered;
        FileChannel finished;
        synchronized (this) {
            if (!changedSinceCheckpoint && !store.hasUnsavedChanges()) {
                return;
            }
            flush();
            covered = channel.number();
            finished = channel.rotate();
            changedSinceCheckpoint = false;
        }
        JournalReplay.markCovered(store, covered);
        store.commit();
        committedUpTo = covered;
        channel.close(finished);
    }

    /** The journal file being appended to, which {@link DiskSync} forces to the disk at every round. */
    JournalChannel channel() {
        return channel;
    }

    /** Whether H2 committed since its file was last forced to the disk (a schema command, or H2 by itself). */
    boolean holdsUnsyncedCommit() {
        synchronized (checkpoints) {
            return store.getCurrentVersion() != syncedVersion;
        }
    }

    @Override
    public void close() {
        checkpoint();
        synchronized (this) {
            channel.close();
            files.deleteUpTo(channel.number());
        }
    }
}
