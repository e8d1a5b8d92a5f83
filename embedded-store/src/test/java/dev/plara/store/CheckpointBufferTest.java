package dev.plara.store;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checkpoint serializes its chunk into a buffer kept from the checkpoints before it: H2's own starts at 1 MiB and is
 * copied into one half as large again until the chunk fits, and one past 4 MiB is not kept, so every large checkpoint
 * allocated its chunk's size several times over, each copy an array of the collector's region size or more. Counted in
 * the bytes the checkpointing thread allocates, at the third of three checkpoints: the first grows H2's buffer, the
 * second makes one of the size it reached, the third reuses it.
 */
@ExtendWith(CrashHarnessExtension.class)
class CheckpointBufferTest {

    private static final int DOCUMENTS = 12_000;
    private static final int MEMO = 400;
    private static final int ROUNDS = 3;

    @Test
    void aLargeCheckpointAllocatesFarLessThanItWrites(CrashHarness harness) {
        var backend = harness.open();
        var entries = harness.database(backend).getCollection("entries");
        long allocated = 0;
        for (int round = 0; round < ROUNDS; round++) {
            insert(entries, round);
            long before = ThreadAllocation.bytes();
            backend.journal().checkpoint();
            allocated = ThreadAllocation.bytes() - before;
        }
        long written = (long) DOCUMENTS * MEMO;
        assertThat(written).as("a chunk larger than the 4 MiB buffers H2 keeps").isGreaterThan(4 << 20);
        assertThat(allocated).as("bytes the last checkpoint allocated, writing %d documents of %d bytes and more",
                DOCUMENTS, MEMO).isLessThan(written / 2);
    }

    private static void insert(MongoCollection<Document> entries, int round) {
        var batch = new ArrayList<Document>();
        for (int i = 0; i < DOCUMENTS; i++) {
            batch.add(new Document("_id", "r" + round + "-" + i).append("memo", "x".repeat(MEMO)));
        }
        entries.insertMany(batch);
    }
}
