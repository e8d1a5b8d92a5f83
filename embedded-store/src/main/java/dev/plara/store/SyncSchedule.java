package dev.plara.store;

import java.time.Duration;

/**
 * When the store forces its journal to the disk and when it checkpoints (H2 commits what the journal holds and forces
 * its file to the disk): the journal at every round, a checkpoint every {@code roundsPerCheckpoint} rounds, or at the
 * first round after the journal grew by {@code journalBytes} since the last one, after H2 came to hold
 * {@code unsavedMemory} bytes of changed pages, or after a commit not yet forced to the disk ({@link DiskSync}).
 */
record SyncSchedule(Duration round, int roundsPerCheckpoint, long journalBytes, int unsavedMemory) {

    /**
     * The store's own: the journal forced four times a second (what a power loss may take), a checkpoint every 4 s or
     * 16 MiB of journal (what opening the file replays after a crash), or once H2 holds a 32nd of the heap (at most
     * 8 MiB) of changed pages: half of H2's own measure of what it may hold, which stays where it commits by itself.
     */
    static final SyncSchedule STORE = new SyncSchedule(Duration.ofMillis(250), 16, 16L << 20,
            unsavedMemoryFor(Runtime.getRuntime().maxMemory()));

    /** A checkpoint at every round, {@code every} apart. */
    static SyncSchedule checkpointEvery(Duration every) {
        return new SyncSchedule(every, 1, Long.MAX_VALUE, STORE.unsavedMemory());
    }

    /** The changed pages H2 may hold between checkpoints in a heap of {@code maxMemory} bytes. */
    static int unsavedMemoryFor(long maxMemory) {
        return (int) Math.min(maxMemory / 32, 8 << 20);
    }

    /**
     * The memory of changed pages past which H2 commits by itself, in KiB ({@code autoCommitBufferSize}): twice what a
     * checkpoint waits for (H2's own default up to a heap of 256 MiB), so H2 does only when the checkpoints fall that
     * far behind the writes, and holds no more than it did when it checkpointed four times a second.
     */
    int autoCommitBufferKib() {
        return unsavedMemory / 1024 * 2;
    }
}
