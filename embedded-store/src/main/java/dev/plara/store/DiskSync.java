package dev.plara.store;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Forces the journal to the disk at every round of the {@link SyncSchedule}, and runs its checkpoint (H2 commits what
 * the journal holds and forces its file to the disk) when the schedule says, each on a daemon thread of its own, so a
 * long checkpoint does not hold the journal's force back. A round that follows one without writes rewrites chunks that
 * are mostly free (H2's housekeeping, whose background writer is off, also waits for the store to be idle), so the file
 * does not keep growing and a busy store does not pay for it. One failed checkpoint is logged and the next one tried,
 * unless the store stopped: H2 could not write its file and closed it (a commit, or the rewrite of its chunks, failed),
 * or the journal could not be written or forced. The rounds then end, as a store that cannot write must acknowledge
 * nothing ({@link StoreStop}). Closing waits for a round under way to end.
 */
final class DiskSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiskSync.class);

    /** Chunks less full than this are rewritten, at most {@link #REWRITE_BYTES} a round. */
    private static final int CHUNK_FILL_RATE = 50;
    private static final int REWRITE_BYTES = 1 << 20;

    private final MVStore store;
    private final Journal journal;
    private final SyncSchedule schedule;
    private final StoreStop stop;
    private int roundsSinceCheckpoint;
    /** The journal's bytes written at the end of the last round: unchanged means nothing was written since (idle). */
    private long writtenSeen = -1;
    private final ScheduledExecutorService forces = daemonThread("plara-journal-force");
    private final ScheduledExecutorService checkpoints = daemonThread("plara-store-sync");

    DiskSync(MVStore store, Journal journal, SyncSchedule schedule, StoreStop stop) {
        this.store = store;
        this.journal = journal;
        this.schedule = schedule;
        this.stop = stop;
        long every = schedule.round().toMillis();
        forces.scheduleWithFixedDelay(this::forceJournal, every, every, TimeUnit.MILLISECONDS);
        checkpoints.scheduleWithFixedDelay(this::checkpointIfDue, every, every, TimeUnit.MILLISECONDS);
    }

    private static ScheduledExecutorService daemonThread(String name) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** One round's force of the journal: what bounds a power loss. */
    void forceJournal() {
        try {
            journal.channel().force();
        } catch (RuntimeException failed) {
            failed(failed);
        }
    }

    /** One round's checkpoint, when the schedule says it is due, and tidying of the file, when the store is idle. */
    void checkpointIfDue() {
        try {
            if (due()) {
                journal.checkpoint();
                roundsSinceCheckpoint = 0;
            }
            boolean idle = journal.channel().written() == writtenSeen && !store.hasUnsavedChanges();
            if (idle && store.compact(CHUNK_FILL_RATE, REWRITE_BYTES)) {
                store.commit();
            }
            writtenSeen = journal.channel().written();
        } catch (RuntimeException failed) {
            failed(failed);
        }
    }

    private boolean due() {
        return ++roundsSinceCheckpoint >= schedule.roundsPerCheckpoint()
                || journal.channel().writtenSinceRotation() >= schedule.journalBytes()
                || store.getUnsavedMemory() >= schedule.unsavedMemory()
                || journal.holdsUnsyncedCommit();
    }

    private synchronized void failed(RuntimeException failure) {
        if (store.isClosed()) {
            stop.stop("cannot write the store's file", failure);
        }
        if (!stop.stopped()) {
            LOG.warn("could not force the store's file to the disk or tidy it; trying again in {}", schedule.round(),
                    failure);
            return;
        }
        if (!checkpoints.isShutdown()) {
            LOG.error("the store could not write to the disk, so it answers no command until it is restarted (which"
                    + " replays its journal): check the disk under it", failure);
        }
        forces.shutdown();
        checkpoints.shutdown();
    }

    /**
     * Stops the rounds and waits for one under way to end, however long its checkpoint takes, so that none meets the
     * store closing under it ({@link EmbeddedMongo} bounds the whole stop).
     */
    @Override
    public void close() {
        forces.shutdown();
        checkpoints.shutdown();
        try {
            forces.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
            checkpoints.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
