package dev.plara.store;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A data file the embedded store creates keeps documents and unique-index keys as BSON: every value the driver sends
 * (and a GridFS receipt) comes back the same after a reopen, and the unique indexes, kept in MongoDB's value order,
 * still find and refuse.
 */
class BsonStorageTest {

    private static final int DUPLICATE_KEY = 11000;

    @TempDir
    Path dir;

    @Test
    void everyKindOfValueComesBackTheSameAfterAReopen() {
        var document = new Document("_id", "polar:order:1")
                .append("text", "Zoë, 100 ETB")
                .append("int", 42)
                .append("long", 9_007_199_254_740_993L)
                .append("double", 0.1)
                .append("decimal", new Decimal128(new BigDecimal("12.34")))
                .append("flag", true)
                .append("at", Date.from(Instant.parse("2026-12-02T10:15:30.123Z")))
                .append("nothing", null)
                .append("nested", new Document("amount", 1000).append("currency", "USD"))
                .append("list", List.of(1, "two", new Document("three", 3.0)))
                .append("bytes", new Binary(new byte[]{0, 1, (byte) 0xff}))
                .append("oid", new ObjectId("65f0c0ffee0000000000beef"));

        withCollection(collection -> collection.insertOne(document));

        withCollection(collection -> assertThat(collection.find(new Document("_id", "polar:order:1")).first())
                .isEqualTo(document));
        assertThat(storesBson()).isTrue();
    }

    @Test
    void uniqueIndexesStillFindAndRefuseAfterAReopen() {
        var random = new Random(11);
        withCollection(collection -> {
            collection.createIndex(Indexes.ascending("wallet", "seq"), new IndexOptions().name("wallet_seq").unique(true));
            collection.createIndex(Indexes.ascending("code"), new IndexOptions().name("code").unique(true).sparse(true));
            for (int i = 0; i < 500; i++) {
                var entry = new Document("_id", "e" + i).append("wallet", "w" + (i % 7)).append("seq", i / 7);
                collection.insertOne(i % 2 == 0 ? entry.append("code", "TX" + i) : entry);
            }
        });

        withCollection(collection -> {
            for (int probe = 0; probe < 200; probe++) {
                int i = random.nextInt(500);
                var found = collection.find(new Document("wallet", "w" + (i % 7)).append("seq", i / 7)).first();
                assertThat(found).isNotNull();
                assertThat(found.getString("_id")).isEqualTo("e" + i);
            }
            assertThat(collection.find(new Document("wallet", "w0").append("seq", 9_999)).first()).isNull();
            assertDuplicate(() -> collection.insertOne(new Document("_id", "again").append("wallet", "w3").append("seq", 5)));
            assertDuplicate(() -> collection.insertOne(new Document("_id", "again").append("wallet", "x").append("code", "TX42")));
            collection.insertOne(new Document("_id", "no-code").append("wallet", "x").append("seq", 1));
            assertThat(collection.countDocuments()).isEqualTo(501);
        });
    }

    @Test
    void aReceiptInGridFsComesBackByteForByteAfterAReopen() {
        var receipt = new byte[600_000];
        new Random(5).nextBytes(receipt);
        ObjectId[] id = new ObjectId[1];
        withDatabase(db -> id[0] = GridFSBuckets.create(db, "receipts")
                .uploadFromStream("receipt.png", new ByteArrayInputStream(receipt)));

        withDatabase(db -> {
            var read = new ByteArrayOutputStream();
            GridFSBuckets.create(db, "receipts").downloadToStream(id[0], read);
            assertThat(read.toByteArray()).isEqualTo(receipt);
        });
    }

    @Test
    void indexKeysRoundTripAndSortAsMongoDbOrdersValues() {
        var type = new KeyValueType();
        var keys = List.of(new KeyValue(Missing.getInstance(), "a"), new KeyValue(1.0, "b"), new KeyValue(2L, "a"),
                new KeyValue(2.5, "a"), new KeyValue("10", "a"), new KeyValue("9", "a"), new KeyValue("9", "a", 1));
        for (int i = 0; i < keys.size(); i++) {
            var key = keys.get(i);
            var out = new WriteBuffer();
            type.write(out, key);
            var read = type.read(out.getBuffer().flip());
            assertThat(read).as("round trip of %s", key).isEqualTo(key);
            assertThat(type.compare(read, key)).isZero();
            if (i > 0) {
                assertThat(type.compare(keys.get(i - 1), key)).as("%s before %s", keys.get(i - 1), key).isNegative();
                assertThat(type.compare(key, keys.get(i - 1))).isPositive();
            }
        }
    }

    private void withCollection(Consumer<MongoCollection<Document>> use) {
        withDatabase(db -> use.accept(db.getCollection("entries")));
    }

    private void withDatabase(Consumer<MongoDatabase> use) {
        try (var embedded = EmbeddedMongo.open(dir); var client = MongoClients.create(embedded.connectionString())) {
            use.accept(client.getDatabase("plara"));
        }
    }

    private boolean storesBson() {
        var backend = new DurableH2Backend(dir.resolve(EmbeddedMongo.FILE_NAME).toString());
        try {
            return backend.storesBson();
        } finally {
            backend.close();
        }
    }

    private static void assertDuplicate(Runnable insert) {
        assertThatThrownBy(insert::run).isInstanceOfSatisfying(MongoWriteException.class,
                refused -> assertThat(refused.getCode()).isEqualTo(DUPLICATE_KEY));
    }
}
