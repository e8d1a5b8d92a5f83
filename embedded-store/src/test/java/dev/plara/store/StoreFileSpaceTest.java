package dev.plara.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's file stops growing under a steady stream of rewrites once H2 may reuse the chunks it no longer
 * needs (after 5 s, a checkpoint forcing the writes to the disk each second), instead of holding 45 s of rewrites as
 * H2's default retention would: rewriting the same few documents at a steady pace for twice as long leaves the file
 * about as large.
 */
class StoreFileSpaceTest {

    private static final Duration HALF = Duration.ofSeconds(9);
    /** Often enough that each half holds several checkpoints (the store's own come every 4 s: {@link SyncSchedule}). */
    private static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(1);
    /** A pace any machine keeps even when loaded, so both halves write as much and only the retention can differ. */
    private static final long NANOS_PER_WRITE = Duration.ofMillis(4).toNanos();

    @TempDir
    Path dir;

    @Test
    void rewritingTheSameDocumentsTwiceAsLongLeavesTheFileAboutAsLarge() throws IOException {
        var file = dir.resolve(EmbeddedMongo.FILE_NAME);
        try (var harness = new CrashHarness(dir)) {
            var wallets = harness.database(harness.open(CHECKPOINT_EVERY)).getCollection("wallets");
            var filler = "x".repeat(2_000);
            int[] writes = {0};
            Runnable rewriteForHalf = () -> {
                long start = System.nanoTime();
                long until = start + HALF.toNanos();
                for (long slot = start; slot < until; slot += NANOS_PER_WRITE) {
                    pauseUntil(slot);
                    int n = writes[0]++;
                    wallets.replaceOne(Filters.eq("_id", "w" + n % 20),
                            new Document("_id", "w" + n % 20).append("seq", n).append("filler", filler),
                            new ReplaceOptions().upsert(true));
                }
            };

            rewriteForHalf.run();
            long afterHalf = Files.size(file);
            rewriteForHalf.run();
            long afterWhole = Files.size(file);

            assertThat(wallets.countDocuments()).isEqualTo(20);
            assertThat(afterWhole).as("file after %,d rewrites (%,d bytes after the first half)", writes[0], afterHalf)
                    .isLessThan(afterHalf * 3 / 2);
        }
    }

    private static void pauseUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            LockSupport.parkNanos(wait);
        }
    }
}
