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
 * long checkpoint does not hold the journal's force back. Each checkpoint after writes rewrites a bounded part of the
 * chunks that are mostly free, and a round that follows one without writes rewrites more (H2's own housekeeping,
 * whose background writer is off, would do it on its own thread), so the file does not keep growing under load. One
 * failed checkpoint is logged and the next one tried, unless the store stopped: H2 could not write its file and
 * closed it (a commit, or the rewrite of its chunks, failed), or the journal could not be written or forced. The
 * rounds then end, as a store that cannot write must acknowledge nothing ({@link StoreStop}). Closing waits for a
 * round under way to end.
 */
final class DiskSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiskSync.class);

    /** Chunks less full than this are rewritten, at most {@link #REWRITE_BYTES} an idle round. */
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

    /**
     * One round's checkpoint, when the schedule says it is due, with some of the file's sparse chunks rewritten in it
     * when the journal was written since the last round, and tidying of the file, when the store is idle.
     */
    void checkpointIfDue() {
        try {
            boolean written = journal.channel().written() != writtenSeen;
            if (due()) {
                if (written) {
                    rewriteSparseChunks();
                }
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

    /**
     * Has H2 rewrite the live pages of the sparsest chunks, for the checkpoint's commit to write: a busy store never
     * rewrote them, and writes at random keys leave every chunk a few live pages, never freed whole (the file grew 16
     * times its peer's). A rewrite that fails is logged and the checkpoint made without it; one that closed the file
     * stops the store at the checkpoint.
     */
    private void rewriteSparseChunks() {
        try {
            store.compact(CHUNK_FILL_RATE, schedule.rewriteBytes());
        } catch (RuntimeException failed) {
            LOG.warn("could not rewrite the store file's mostly free parts; checkpointing without it", failed);
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
