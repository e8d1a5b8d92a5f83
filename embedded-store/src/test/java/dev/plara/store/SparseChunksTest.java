package dev.plara.store;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A busy store rewrites the chunks that inserts at random keys leave sparse, in its checkpoints: each such insert
 * rewrites the page of documents it lands in, so every chunk keeps a few live pages and none is freed whole. Counted in
 * how full H2's chunks are after rounds that each follow writes (never idle), once the chunks no longer needed are
 * dropped: 26% without the rewrite (a file of 71 MB for 17 MB of documents), 33-42% with it (46 MB) as the
 * machine's load moves which chunks outlived the retention.
 */
@ExtendWith(CrashHarnessExtension.class)
class SparseChunksTest {

    private static final int ROUNDS = 60;
    private static final int INSERTS_PER_ROUND = 100;
    private static final String BODY = "x".repeat(2_800);
    /**
     * Past H2's retention of the chunks it no longer needs ({@link DurableH2Backend}): only chunks older than that are
     * rewritten, and the ones rewritten are dropped once that much older again. Waited for halfway and at the end.
     */
    private static final Duration RETENTION = Duration.ofSeconds(6);

    @Test
    void checkpointsUnderLoadRewriteTheSparsestChunks(CrashHarness harness) throws Exception {
        var backend = harness.open(CrashHarness.roundsByHand(SyncSchedule.checkpointEvery(Duration.ofSeconds(1))));
        var inbox = harness.database(backend).getCollection("inbox");
        var random = new Random(7);
        for (int round = 0; round < ROUNDS; round++) {
            if (round == ROUNDS / 2) {
                Thread.sleep(RETENTION.toMillis());
            }
            var batch = new ArrayList<Document>();
            for (int i = 0; i < INSERTS_PER_ROUND; i++) {
                batch.add(new Document("_id", new UUID(random.nextLong(), random.nextLong()).toString())
                        .append("payload", BODY));
            }
            inbox.insertMany(batch);
            backend.diskSync().checkpointIfDue();
        }
        Thread.sleep(RETENTION.toMillis());
        inbox.insertOne(new Document("_id", "last").append("payload", BODY));
        backend.diskSync().checkpointIfDue();

        var file = backend.getMvStore().getFileStore();
        assertThat(file.getChunksFillRate())
                .as("percent of the chunks' bytes live after %,d inserts (file %,d bytes)", ROUNDS * INSERTS_PER_ROUND,
                        Files.size(harness.lastJournal().resolveSibling(EmbeddedMongo.FILE_NAME)))
                .isGreaterThanOrEqualTo(30);
    }
}
