package dev.plara.store;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the journal's checkpoint at a fixed interval (H2 commits what the journal holds and forces it to the disk), on a
 * daemon thread of its own, and in a round that follows one without commits rewrites chunks that are mostly free
 * (H2's housekeeping, whose background writer is off, also waits for the store to be idle), so the file does not keep
 * growing and a busy store does not pay for it. One failed round is logged and the next one tried: a failure must not
 * end the syncing for good, unless H2 could not write its file and closed it (a commit, or the rewrite of its chunks,
 * failed): the store then stops ({@link StoreStop}), as a store that cannot write must acknowledge nothing, and the
 * rounds end. Closing waits for a round under way.
 */
final class DiskSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiskSync.class);

    /** Chunks less full than this are rewritten, at most {@link #REWRITE_BYTES} a round. */
    private static final int CHUNK_FILL_RATE = 50;
    private static final int REWRITE_BYTES = 1 << 20;

    private final MVStore store;
    private final Runnable checkpoint;
    private final Duration every;
    private final StoreStop stop;
    /** The store's version at the end of the last round: unchanged means nothing was committed since (idle). */
    private long versionSeen = -1;
    private final ScheduledExecutorService syncs = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "plara-store-sync");
        thread.setDaemon(true);
        return thread;
    });

    DiskSync(MVStore store, Runnable checkpoint, Duration every, StoreStop stop) {
        this.store = store;
        this.checkpoint = checkpoint;
        this.every = every;
        this.stop = stop;
        syncs.scheduleWithFixedDelay(this::syncToDisk, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void syncToDisk() {
        try {
            checkpoint.run();
            boolean idle = store.getCurrentVersion() == versionSeen;
            if (idle && store.compact(CHUNK_FILL_RATE, REWRITE_BYTES)) {
                store.commit();
            }
            versionSeen = store.getCurrentVersion();
        } catch (RuntimeException failed) {
            if (!store.isClosed()) {
                LOG.warn("could not force the store's file to the disk or tidy it; trying again in {}", every, failed);
                return;
            }
            stop.stop("cannot write the store's file", failed);
            LOG.error("could not write the store's file, so the store answers no command until it is restarted (which"
                    + " replays its journal): check the disk under it", failed);
            syncs.shutdown();
        }
    }

    @Override
    public void close() {
        syncs.shutdown();
        try {
            syncs.awaitTermination(every.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
