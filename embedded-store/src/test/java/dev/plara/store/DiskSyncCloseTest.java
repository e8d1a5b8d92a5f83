package dev.plara.store;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing the store's rounds waits for a checkpoint under way to end, however long it takes, so that none runs on
 * against the store closing under it (it used to wait one round). The checkpoint is held up on the journal's lock,
 * which the test holds while it closes.
 */
class DiskSyncCloseTest {

    private static final Duration ROUND = Duration.ofMillis(10);
    /** Far more than the two rounds the close used to wait. */
    private static final Duration HELD = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    @Test
    void closingWaitsForACheckpointUnderWay() throws InterruptedException {
        try (var harness = new CrashHarness(dir)) {
            var backend = harness.open(ROUND);
            harness.database(backend).getCollection("entries").insertOne(new Document("_id", "written"));
            var closing = new Thread(backend.diskSync()::close, "closing-the-rounds");
            synchronized (backend.journal()) {
                awaitAThreadBlockedOn(backend.journal());
                closing.start();
                closing.join(HELD.toMillis());
                assertThat(closing.isAlive()).as("closing still waits for the checkpoint under way").isTrue();
            }
            closing.join();
        }
    }

    /** Returns once a thread (the checkpoint's) waits for {@code lock}'s monitor. */
    private static void awaitAThreadBlockedOn(Object lock) {
        var threads = ManagementFactory.getThreadMXBean();
        int identity = System.identityHashCode(lock);
        while (Arrays.stream(threads.dumpAllThreads(true, false)).map(ThreadInfo::getLockInfo)
                .noneMatch(info -> info != null && info.getIdentityHashCode() == identity)) {
            LockSupport.parkNanos(ROUND.toNanos());
        }
    }
}
