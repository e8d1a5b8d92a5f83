package dev.plara.store;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store journals one record per changed document and nothing for the collection's size, and still answers
 * {@code collStats}' and {@code dbStats}' size as the sum of the documents' BSON sizes: after inserts, updates and
 * deletes, after a crash and its replay, after a clean reopen, and over a size an older file kept in its meta map.
 */
@ExtendWith(CrashHarnessExtension.class)
class DataSizeTest {

    @Test
    void eachChangedDocumentIsOneJournalRecord(CrashHarness harness) {
        var sizes = harness.database(harness.open()).getCollection("sizes");
        sizes.insertOne(new Document("_id", 0).append("n", 0));
        int before = journalRecords(harness);

        for (int i = 1; i <= 40; i++) {
            sizes.insertOne(new Document("_id", i).append("n", i));
        }
        int afterInserts = journalRecords(harness);
        for (int i = 1; i <= 40; i++) {
            sizes.updateOne(Filters.eq("_id", i), Updates.set("text", "x".repeat(i)));
        }
        int afterUpdates = journalRecords(harness);
        sizes.deleteMany(Filters.lte("_id", 20));

        assertThat(afterInserts - before).isEqualTo(40);
        assertThat(afterUpdates - afterInserts).isEqualTo(40);
        assertThat(journalRecords(harness) - afterUpdates).isEqualTo(21);
    }

    @Test
    void sizeIsTheDocumentsSizeThroughChangesACrashAndAReopen(CrashHarness harness) {
        var first = harness.open();
        var db = harness.database(first);
        var sizes = db.getCollection("sizes");
        for (int i = 0; i < 60; i++) {
            sizes.insertOne(new Document("_id", i).append("n", i).append("tags", List.of("a")));
        }
        for (int i = 0; i < 60; i += 2) {
            sizes.updateOne(Filters.eq("_id", i), Updates.combine(Updates.set("text", "y".repeat(i * 3)),
                    Updates.unset("tags")));
        }
        sizes.deleteMany(Filters.gte("_id", 45));
        db.getCollection("other").insertOne(new Document("_id", "o").append("blob", "z".repeat(700)));
        assertSizesAreTheDocuments(db);
        sizes.updateOne(Filters.eq("_id", 1), Updates.set("after", "the checkpoint"));
        sizes.deleteOne(Filters.eq("_id", 3));
        harness.crash(first);

        var second = harness.open();
        assertSizesAreTheDocuments(harness.database(second));
        second.getMvStore().openMap("meta.plara.sizes").put("dataSize", 999_999L);
        second.close();

        assertSizesAreTheDocuments(harness.database(harness.open()));
    }

    private static void assertSizesAreTheDocuments(MongoDatabase db) {
        long all = 0;
        for (var name : db.listCollectionNames()) {
            long sum = 0;
            for (var document : db.getCollection(name, RawBsonDocument.class).find()) {
                sum += document.getByteBuffer().remaining();
            }
            var stats = db.runCommand(new Document("collStats", name));
            assertThat(((Number) stats.get("size")).longValue()).as(name).isEqualTo(sum).isPositive();
            all += sum;
        }
        assertThat(((Number) db.runCommand(new Document("dbStats", 1)).get("dataSize")).longValue()).isEqualTo(all);
    }

    /** How many whole records the journal files hold. */
    private static int journalRecords(CrashHarness harness) {
        int records = 0;
        for (var file : harness.journals()) {
            try {
                var bytes = ByteBuffer.wrap(Files.readAllBytes(file));
                while (JournalRecord.next(bytes).isPresent()) {
                    records++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return records;
    }
}
