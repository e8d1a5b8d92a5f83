package dev.plara.store;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Forces what H2 wrote to the disk at a fixed interval, on a daemon thread of its own. One failed sync is logged and
 * the next one tried: a failure must not end the syncing for good. Closing waits for a sync under way.
 */
final class DiskSync implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DiskSync.class);

    private final MVStore store;
    private final Duration every;
    private final ScheduledExecutorService syncs = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "plara-store-sync");
        thread.setDaemon(true);
        return thread;
    });

    DiskSync(MVStore store, Duration every) {
        this.store = store;
        this.every = every;
        syncs.scheduleWithFixedDelay(this::syncToDisk, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void syncToDisk() {
        try {
            store.sync();
        } catch (RuntimeException failed) {
            LOG.warn("could not force the store's file to the disk; trying again in {}", every, failed);
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
