package dev.plara.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store holds each document as its BSON bytes: a write encodes its document once (the journal and the map share
 * the bytes) and a checkpoint encodes none, a find decodes only the documents it reads, H2's cache counts the bytes it
 * holds, and the file keeps each document as the bytes a driver sends.
 */
@ExtendWith(CrashHarnessExtension.class)
class DocumentBytesTest {

    @Test
    void eachWriteEncodesItsDocumentOnceAndACheckpointOrADeleteEncodesNone(CrashHarness harness) {
        var backend = harness.open();
        var entries = harness.database(backend).getCollection("entries");
        entries.insertOne(entry(0, 10));
        long start = BsonDocumentType.encoded();

        entries.insertMany(List.of(entry(1, 10), entry(2, 10), entry(3, 10)));
        for (int i = 1; i <= 40; i++) {
            entries.insertOne(entry(3 + i, 10));
        }
        long inserted = BsonDocumentType.encoded();
        for (int i = 0; i < 25; i++) {
            entries.updateOne(Filters.eq("_id", "e" + i), Updates.inc("n", 1));
        }
        long updated = BsonDocumentType.encoded();
        backend.journal().checkpoint();
        entries.deleteMany(Filters.lt("_id", "e2"));
        backend.journal().checkpoint();

        assertThat(inserted - start).as("documents encoded by 43 inserts").isEqualTo(43);
        assertThat(updated - inserted).as("documents encoded by 25 updates").isEqualTo(25);
        assertThat(BsonDocumentType.encoded() - updated).as("documents encoded by checkpoints and a delete").isZero();
    }

    @Test
    void aFindDecodesOnlyTheDocumentsItReads(CrashHarness harness) {
        var backend = harness.open();
        var entries = harness.database(backend).getCollection("entries");
        insertEntries(entries, 2_000, 100);
        backend.journal().checkpoint();
        var type = type(backend);

        long before = type.decoded();
        assertThat(entries.find(Filters.eq("_id", "e1234")).first()).isNotNull();
        long byId = type.decoded() - before;
        before = type.decoded();
        assertThat(entries.find().sort(Sorts.descending("_id")).limit(20).into(new ArrayList<>())).hasSize(20);
        long page = type.decoded() - before;

        assertThat(byId).as("documents decoded to find one by _id").isEqualTo(1);
        assertThat(page).as("documents decoded for a page of 20 in _id order").isLessThanOrEqualTo(21);
    }

    @Test
    void theCacheCountsTheBytesOfTheDocumentsItHolds(CrashHarness harness) {
        var first = harness.open();
        var entries = harness.database(first).getCollection("entries");
        insertEntries(entries, 800, 10_000);
        long bytes = 0;
        for (var raw : entries.withDocumentClass(RawBsonDocument.class).find()) {
            bytes += raw.getByteBuffer().remaining();
        }
        first.close();

        var reopened = harness.open();
        assertThat(harness.database(reopened).getCollection("entries").countDocuments(Filters.gte("n", 0)))
                .isEqualTo(800);
        assertThat(new BsonDocumentType().getMemory(new byte[1_000]))
                .isEqualTo(1_000 + BsonDocumentType.ARRAY_OVERHEAD);
        assertThat(reopened.getMvStore().getCacheSizeUsed()).as("MiB of cache holding %d bytes of documents", bytes)
                .isBetween((int) (bytes >> 20), (int) (bytes >> 20) + 2);
    }

    @Test
    void theFileKeepsEachDocumentAsTheBsonADriverSends(CrashHarness harness) {
        var document = new Document("_id", "polar:order:7").append("amount", 1_250L).append("n", 3)
                .append("at", new Date(1_700_000_000_000L)).append("lines", List.of(new Document("sku", "a")));
        var first = harness.open();
        harness.database(first).getCollection("orders").insertOne(document);
        first.close();

        var reopened = harness.open();
        var held = (byte[]) StoreMaps.documents(reopened.getMvStore(), "plara.orders").get("polar:order:7");
        var sent = new RawBsonDocument(document, new DocumentCodec()).getByteBuffer();
        var expected = Arrays.copyOfRange(sent.array(), sent.arrayOffset() + sent.position(),
                sent.arrayOffset() + sent.limit());
        assertThat(held).isEqualTo(expected);
    }

    private static void insertEntries(MongoCollection<Document> entries, int count, int memo) {
        var batch = new ArrayList<Document>();
        for (int i = 0; i < count; i++) {
            batch.add(entry(i, memo));
        }
        entries.insertMany(batch);
    }

    private static Document entry(int i, int memo) {
        return new Document("_id", "e" + i).append("n", i).append("memo", "x".repeat(memo));
    }

    private static BsonDocumentType type(DurableH2Backend backend) {
        return (BsonDocumentType) StoredDocuments.of(StoreMaps.documents(backend.getMvStore(), "plara.entries"));
    }
}
