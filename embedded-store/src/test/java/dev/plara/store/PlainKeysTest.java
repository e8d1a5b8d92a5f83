package dev.plara.store;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's indexes key a document exactly as mongo-java-server's own index does, whether they read plain fields
 * straight from it ({@link PlainKeys}) or leave paths and arrays to mongo-java-server: random documents (numbers of
 * every width, -0, nulls, missing fields, arrays empty or not, subdocuments, dates, ObjectIds) against a memory
 * backend index with the same keys, the very values and their types, and the same refusal of parallel arrays.
 */
class PlainKeysTest {

    private static final int DOCUMENTS = 20_000;
    private static final List<List<IndexKey>> KEYS = List.of(
            List.of(new IndexKey("a", true)),
            List.of(new IndexKey("a", true), new IndexKey("b", false)),
            List.of(new IndexKey("b", true), new IndexKey("a", true), new IndexKey("_id", true)),
            List.of(new IndexKey("n.x", true)),
            List.of(new IndexKey("a", true), new IndexKey("n.x", true)));

    private final Random random = new Random(20261207);
    private final MVStore store = new MVStore.Builder().open();

    @Test
    void documentsAreKeyedAsMongoJavaServerKeysThem() {
        int plain = 0;
        for (var keys : KEYS) {
            var reference = new MemoryUniqueIndex("reference", keys, false);
            var unique = new BsonUniqueIndex(map(), "unique", keys, false);
            var secondary = new BsonSecondaryIndex(map(), "secondary", keys, false);
            for (int i = 0; i < DOCUMENTS; i++) {
                var document = document(i);
                var expected = keysOf(reference, document);
                assertThat(keysOf(unique, document)).as("%s on %s", document, keys).isEqualTo(expected);
                assertThat(keysOf(secondary, document)).as("%s on %s", document, keys).isEqualTo(expected);
                plain += PlainKeys.of(keys, false).keyOf(document).isPresent() ? 1 : 0;
            }
        }
        assertThat(plain).as("documents keyed straight from their fields").isGreaterThan(DOCUMENTS);
    }

    /**
     * A key of values mongo-java-server's normalization keeps as they are (strings, dates, ObjectIds, booleans, nulls)
     * costs its own objects only, no stream: it is read at every insert, update and check of every index.
     */
    @Test
    void aKeyOfStringsAndDatesIsReadWithoutAStream() {
        int documents = 10_000;
        var keys = PlainKeys.of(List.of(new IndexKey("status", true), new IndexKey("at", true)), false);
        var read = new ArrayList<Object>(documents);
        var written = new ArrayList<Document>();
        for (int i = 0; i < documents; i++) {
            written.add(new Document("status", "PENDING").append("at", Instant.ofEpochMilli(i)));
        }
        long before = ThreadAllocation.bytes();
        for (var document : written) {
            read.add(keys.keyOf(document));
        }
        long perKey = (ThreadAllocation.bytes() - before) / documents;
        assertThat(perKey).as("bytes allocated per key of two values: the key, its lists and their arrays (about 150;"
                + " a pass of mongo-java-server's normalization made it 500)").isLessThan(250);
    }

    /** The keys with the class of every value (1 and 1.0 are equal keys but not the same value), or the refusal. */
    private static List<String> keysOf(Index<?> index, Document document) {
        try {
            var described = new ArrayList<String>();
            for (KeyValue key : index.getKeyValues(document)) {
                var values = new ArrayList<String>();
                key.forEach(value -> values.add(value + ":" + (value == null ? "null" : value.getClass().getName())));
                described.add(String.join(",", values));
            }
            return described;
        } catch (RuntimeException refused) {
            return List.of("refused: " + refused.getMessage());
        }
    }

    private MVMap<KeyValue, Object> map() {
        return store.openMap("index" + store.getMapNames().size(),
                new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()));
    }

    private Document document(int id) {
        var document = new Document("_id", random.nextBoolean() ? id : new ObjectId());
        for (var field : List.of("a", "b", "n")) {
            if (random.nextInt(5) > 0) {
                document.put(field, field.equals("n") && random.nextBoolean() ? new Document("x", value(1)) : value(1));
            }
        }
        return document;
    }

    private Object value(int depth) {
        return switch (random.nextInt(depth > 2 ? 9 : 12)) {
            case 0 -> random.nextInt(10) - 5;
            case 1 -> (long) random.nextInt(10) * (random.nextBoolean() ? 1 : Long.MAX_VALUE / 7);
            case 2 -> random.nextBoolean() ? -0.0 : random.nextInt(10) / 4.0;
            case 3 -> "s" + random.nextInt(5);
            case 4 -> null;
            case 5 -> Instant.ofEpochMilli(random.nextInt(1000));
            case 6 -> new ObjectId();
            case 7 -> random.nextBoolean();
            case 8 -> new Document("x", random.nextInt(3)).append("y", "z");
            case 9 -> new ArrayList<>();
            case 10 -> new ArrayList<>(Arrays.asList(value(depth + 1), value(depth + 1)));
            default -> new ArrayList<>(Arrays.asList(new Document("x", value(depth + 1)), value(depth + 1)));
        };
    }
}
