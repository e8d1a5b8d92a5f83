package dev.plara.store;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store answers a write once the journal has it, not after an H2 commit of its own, and a store that crashed (its
 * H2 file closed without a commit, as a kill leaves it) opens with every change it acknowledged: documents inserted,
 * updated and deleted, their unique indexes rebuilt; a record cut short at the end is skipped; a collection dropped
 * stays dropped even when a journal file the drop's commit covered is still there.
 */
@ExtendWith(CrashHarnessExtension.class)
class JournalTest {

    private static final Duration NEVER = CrashHarness.NEVER;

    @Test
    void aWriteIsAnsweredWithoutAnH2CommitOfItsOwn(CrashHarness harness) {
        var backend = harness.open(Duration.ofSeconds(1));
        var entries = entries(harness, backend);
        entries.createIndex(Indexes.ascending("key"), new IndexOptions().unique(true));
        long before = backend.getMvStore().getCurrentVersion();

        for (int i = 0; i < 300; i++) {
            entries.insertOne(new Document("_id", "e" + i).append("key", "k" + i));
        }

        assertThat(backend.getMvStore().getCurrentVersion() - before).as("H2 commits for 300 inserts").isLessThan(30);
    }

    @Test
    void everyAcknowledgedChangeIsThereAfterACrash(CrashHarness harness) {
        var backend = harness.open(NEVER);
        var entries = entries(harness, backend);
        entries.createIndex(Indexes.ascending("key"), new IndexOptions().name("one_per_key").unique(true));
        for (int i = 0; i < 50; i++) {
            entries.insertOne(new Document("_id", "e" + i).append("key", "k" + i).append("n", 0));
        }
        entries.updateOne(Filters.eq("_id", "e7"), Updates.inc("n", 5));
        entries.deleteOne(Filters.eq("_id", "e8"));
        entries.updateOne(Filters.eq("_id", "new"), Updates.set("key", "k-new"), new UpdateOptions().upsert(true));
        harness.crash(backend);

        var reopened = entries(harness, harness.open(NEVER));

        assertThat(reopened.countDocuments()).isEqualTo(50);
        assertThat(reopened.find(Filters.eq("_id", "e7")).first()).containsEntry("n", 5);
        assertThat(reopened.find(Filters.eq("_id", "e8")).first()).isNull();
        assertThat(reopened.find(Filters.eq("key", "k-new")).first()).containsEntry("_id", "new");
        assertThat(reopened.find(Filters.eq("key", "k49")).first()).containsEntry("_id", "e49");
        assertThat(storeAccepts(reopened, "k49")).as("the unique index rebuilt").isFalse();
        assertThat(storeAccepts(reopened, "k8")).as("a deleted key is free again").isTrue();
    }

    @Test
    void aRecordCutShortAtTheEndIsSkipped(CrashHarness harness) throws IOException {
        var backend = harness.open(NEVER);
        var entries = entries(harness, backend);
        entries.insertOne(new Document("_id", "first"));
        entries.insertOne(new Document("_id", "second").append("padding", "x".repeat(200)));
        harness.crash(backend);
        var journal = harness.lastJournal();
        // the end of the last insert's document record (its size record follows it, about 60 bytes)
        try (var channel = Files.newByteChannel(journal, StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(journal) - 100);
        }

        var reopened = entries(harness, harness.open(NEVER));

        assertThat(reopened.find().map(document -> document.getString("_id")).into(new ArrayList<>()))
                .containsExactly("first");
    }

    @Test
    void aDroppedCollectionStaysDroppedWhenACoveredJournalFileIsLeftBehind(CrashHarness harness) throws IOException {
        var backend = harness.open(NEVER);
        var entries = entries(harness, backend);
        entries.insertOne(new Document("_id", "before-the-drop"));
        var leftBehind = Files.readAllBytes(harness.lastJournal());
        var leftBehindName = harness.lastJournal();
        entries.drop();
        Files.write(leftBehindName, leftBehind);
        entries.insertOne(new Document("_id", "after-the-drop"));
        harness.crash(backend);

        var reopened = entries(harness, harness.open(NEVER));

        assertThat(reopened.find().map(document -> document.getString("_id")).into(new ArrayList<>()))
                .containsExactly("after-the-drop");
    }

    private boolean storeAccepts(MongoCollection<Document> entries, String key) {
        try {
            entries.insertOne(new Document("key", key));
            return true;
        } catch (MongoWriteException duplicate) {
            return false;
        }
    }

    private static MongoCollection<Document> entries(CrashHarness harness, DurableH2Backend backend) {
        return harness.database(backend).getCollection("entries");
    }
}
