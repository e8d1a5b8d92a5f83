package dev.plara.store;

import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the upserts a ledger's ingest sends allocate in the collection, on the thread that makes them: an insert unless
 * the {@code _id} exists ({@code {_id: x}}, {@code $setOnInsert} of the whole document), the same upsert again (the
 * document exists: nothing changes) and a wallet's upsert of a unique key ({@code $setOnInsert}, {@code $inc}) that
 * finds its document. Counted over many upserts after a warm-up, the least of three parts.
 */
class UpsertAllocationTest {

    private static final int UPSERTS = 2_000;

    @TempDir
    Path dir;

    private DurableH2Backend backend;
    private IndexedH2Collection collection;

    @BeforeEach
    void open() {
        backend = new DurableH2Backend(dir.resolve("upserts.mv.db").toString());
        var database = backend.resolveDatabase("t");
        collection = (IndexedH2Collection) database.createCollectionOrThrowIfExists("c");
        var indexes = List.of(new Document("name", "owner_1").append("unique", true)
                        .append("key", new Document("owner", 1).append("currency", 1)),
                new Document("name", "status_1_due_1").append("key", new Document("status", 1).append("due", 1)));
        database.handleCommand(new EmbeddedChannel(), "createIndexes", new Document("createIndexes", "c")
                .append("indexes", indexes), null, NoopOplog.get());
    }

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void anInsertIfAbsentBuildsItsDocumentWithoutMongoJavaServersPathSplittingAndCopies() {
        long perUpsert = leastBytesPerUpsert(i -> upsert(new Document("_id", "m" + i), insertIfAbsent(i)));

        assertThat(collection.count()).isEqualTo(8 * UPSERTS);
        assertThat(perUpsert).as("bytes per upsert of a new document (10327; main at 19eabf2: 25700)")
                .isLessThan(13_000);
    }

    @Test
    void anInsertIfAbsentOfADocumentThatExistsChangesNothingAndCopiesNothing() {
        for (int i = 0; i < 50; i++) {
            upsert(new Document("_id", "m" + i), insertIfAbsent(i));
        }
        long perUpsert = leastBytesPerUpsert(i -> upsert(new Document("_id", "m" + i % 50), insertIfAbsent(i)));

        assertThat(collection.count()).isEqualTo(50);
        assertThat(perUpsert).as("bytes per upsert that finds its document (5092; main at 19eabf2: 16908)")
                .isLessThan(7_000);
    }

    @Test
    void aWalletsUpsertThatFindsItsDocumentIncrementsWithoutCopies() {
        long perUpsert = leastBytesPerUpsert(i -> upsert(new Document("owner", "w" + i % 40).append("currency", "EUR"),
                new Document("$setOnInsert", new Document("_id", "w" + i % 40 + "-EUR")
                        .append("createdAt", Instant.ofEpochMilli(i)))
                        .append("$inc", new Document("balance", 5L).append("seq", 1))));

        assertThat(collection.count()).isEqualTo(40);
        assertThat(perUpsert).as("bytes per upsert of an existing wallet (5273; main at 19eabf2: 14353)")
                .isLessThan(7_000);
    }

    private static Document insertIfAbsent(int i) {
        return new Document("$setOnInsert", new Document("owner", "m" + i).append("currency", "EUR")
                .append("status", "PENDING").append("due", Instant.ofEpochMilli(i))
                .append("endpoint", "hook" + i % 7).append("attempts", 0).append("payload", new Document("type",
                        "order.paid").append("order", "o" + i).append("amount", 1_250L)).append("note", "credit " + i));
    }

    private void upsert(Document selector, Document update) {
        collection.updateDocuments(selector, update, ArrayFilters.empty(), false, true, NoopOplog.get());
    }

    private static long leastBytesPerUpsert(IntConsumer upsert) {
        for (int i = 0; i < 2 * UPSERTS; i++) {
            upsert.accept(i);
        }
        long least = Long.MAX_VALUE;
        for (int part = 2; part < 8; part += 2) {
            long before = ThreadAllocation.bytes();
            for (int i = part * UPSERTS; i < (part + 2) * UPSERTS; i++) {
                upsert.accept(i);
            }
            least = Math.min(least, (ThreadAllocation.bytes() - before) / (2 * UPSERTS));
        }
        return least;
    }
}
