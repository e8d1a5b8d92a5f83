package dev.plara.store;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the store's indexes allocate for what mongo-java-server asks of them at every write and every query: whether
 * an update changed a document's keys ({@code checkUpdate}, {@code updateInPlace}), the check of an insert's key
 * ({@code checkAdd}) and whether an index plans a query ({@code canHandle}). Counted in bytes the thread allocated
 * over many calls, after a warm-up.
 */
class IndexAllocationTest {

    private static final int CALLS = 20_000;
    private static final List<IndexKey> KEYS = List.of(new IndexKey("wallet", true), new IndexKey("status", true));

    private final MVStore store = new MVStore.Builder().open();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anUpdateThatKeepsTheKeysAllocatesNothingInTheIndexes() {
        var unique = new BsonUniqueIndex(map("unique"), "unique", KEYS, false);
        var secondary = new BsonSecondaryIndex(map("secondary"), "secondary", KEYS, false);
        var before = new Document("_id", "d1").append("wallet", "w1").append("status", "PENDING").append("n", 1);
        var after = new Document("_id", "d1").append("wallet", "w1").append("status", "PENDING").append("n", 2);
        unique.add(before, "d1", null);
        secondary.add(before, "d1", null);

        long perUpdate = bytesPerCall(() -> {
            unique.checkUpdate(before, after, null);
            unique.updateInPlace(before, after, "d1", null);
            secondary.checkUpdate(before, after, null);
            secondary.updateInPlace(before, after, "d1", null);
        });

        assertThat(perUpdate).as("bytes per update through both indexes (main at 99daec0: 3172)").isLessThan(16);
    }

    @Test
    void anInsertsKeyIsCheckedWithoutMongoJavaServersPathSplitting() {
        var unique = new BsonUniqueIndex(map("unique"), "unique", KEYS, false);
        var document = new Document("_id", "d1").append("wallet", "w1").append("status", "PENDING")
                .append("at", Instant.EPOCH);

        long perCheck = bytesPerCall(() -> unique.checkAdd(document, null));

        assertThat(perCheck).as("bytes per check of a key of two strings: the key and its lookup (main at 99daec0: 2547)")
                .isLessThan(400);
    }

    @Test
    void askingWhetherAnIndexPlansAQueryAllocatesNothing() {
        var unique = new BsonUniqueIndex(map("unique"), "unique", KEYS, false);
        var query = new Document("wallet", "w1").append("status", "PENDING");
        var other = new Document("_id", "d1").append("status", "PENDING");

        long perQuestion = bytesPerCall(() -> {
            unique.canHandle(query);
            unique.canHandle(other);
        });

        assertThat(perQuestion).as("bytes per two questions: iterators of the names (main at 99daec0:"
                + " 1485, the index's key names made each time)").isLessThan(300);
    }

    private static long bytesPerCall(Runnable call) {
        for (int i = 0; i < CALLS; i++) {
            call.run();
        }
        long before = ThreadAllocation.bytes();
        for (int i = 0; i < CALLS; i++) {
            call.run();
        }
        return (ThreadAllocation.bytes() - before) / CALLS;
    }

    private MVMap<KeyValue, Object> map(String name) {
        return store.openMap(name, new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
    }
}
