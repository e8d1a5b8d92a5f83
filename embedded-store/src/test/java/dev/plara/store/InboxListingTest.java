package dev.plara.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin listing, newest first, a page at a time, with its total (the webhook inbox's: {@code find({status})
 * .sort({receivedAt: -1, _id: -1}).skip(s).limit(20)} on {@code {status: 1, receivedAt: -1, _id: -1}}, and
 * {@code countDocuments({status})}), answered as mongo-java-server's memory backend answers it, reading about a page of
 * documents per page (the index walked backward) and none for the total (the index's entries counted), where the store
 * read every document with that status for each page and every document of the collection for each total.
 */
class InboxListingTest {

    private static final int DELIVERIES = 3_000;
    private static final int PAGE = 20;
    private static final Date EPOCH = new Date(1_000_000L);

    @TempDir
    Path dir;

    @Test
    void aPageOfANewestFirstListingReadsAboutAPageOfDocuments() {
        onInboxes((ours, theirs, collection) -> {
            for (int page : new int[] {0, 1, 30}) {
                long before = collection.documentsRead();
                var listed = page(ours, page);
                long read = collection.documentsRead() - before;
                assertThat(listed).as("page %d", page).isEqualTo(page(theirs, page)).hasSize(PAGE);
                assertThat(read).as("documents read for page %d of 1,000", page)
                        .isLessThanOrEqualTo((page + 1L) * PAGE + 1);
            }
        });
    }

    /** Counts that an index holds read no document; any other (an array in a key the filter leaves open) reads some. */
    @Test
    void aCountAnIndexHoldsReadsNoDocumentAndEveryCountIsTheMemoryBackends() {
        onInboxes((ours, theirs, collection) -> {
            for (var inbox : List.of(ours, theirs)) {
                inbox.updateOne(Filters.eq("_id", 3), Updates.set("status", "APPLIED"));
                inbox.deleteOne(Filters.eq("_id", 6));
            }
            long before = collection.documentsRead();
            assertThat(ours.countDocuments(Filters.eq("status", "APPLIED"))).isEqualTo(1_001)
                    .isEqualTo(theirs.countDocuments(Filters.eq("status", "APPLIED")));
            assertThat(ours.countDocuments(Filters.eq("status", "NONE"))).isZero();
            assertThat(collection.documentsRead() - before).as("documents read to count by status").isZero();

            List<Bson> others = List.of(new Document(), Filters.eq("tags", "t3"), Filters.gte("attempts", 2),
                    Filters.eq("attempts", 2), Filters.and(Filters.eq("status", "PENDING"), Filters.gte("attempts", 2)),
                    Filters.and(Filters.eq("status", "PENDING"), Filters.lt("receivedAt", new Date(1_500_000L))));
            for (var filter : others) {
                assertThat(ours.countDocuments(filter)).as("%s", filter).isEqualTo(theirs.countDocuments(filter));
            }
        });
    }

    /** The same inbox in the store and in the memory backend, and the store's collection of it. */
    private void onInboxes(InboxCheck check) {
        try (var harness = new CrashHarness(dir); var reference = new ReferenceServer()) {
            var backend = harness.open(SyncSchedule.STORE);
            var client = harness.client(backend);
            var ours = client.getDatabase("t").getCollection("webhook_inbox");
            var theirs = reference.client.getDatabase("t").getCollection("webhook_inbox");
            var deliveries = new ArrayList<Document>();
            for (int i = 0; i < DELIVERIES; i++) {
                deliveries.add(new Document("_id", i).append("status", List.of("PENDING", "APPLIED", "IGNORED").get(i % 3))
                        .append("receivedAt", new Date(EPOCH.getTime() + i * 7919L % DELIVERIES * 1000L))
                        .append("nextAttemptAt", new Date(i)).append("attempts", i % 4)
                        .append("tags", i % 10 == 0 ? List.of("t" + i % 7, "t" + i % 5) : "t" + i % 7));
            }
            for (var inbox : List.of(ours, theirs)) {
                inbox.createIndex(Indexes.ascending("status", "nextAttemptAt"), new IndexOptions().name("due"));
                inbox.createIndex(Indexes.compoundIndex(Indexes.ascending("status"),
                        Indexes.descending("receivedAt", "_id")), new IndexOptions().name("by_status"));
                inbox.createIndex(Indexes.ascending("tags"));
                inbox.createIndex(Indexes.ascending("attempts", "tags"));
                inbox.insertMany(deliveries);
            }
            check.run(ours, theirs,
                    (IndexedH2Collection) backend.resolveDatabase("t").resolveCollection("webhook_inbox", true));
        }
    }

    private interface InboxCheck {
        void run(MongoCollection<Document> ours, MongoCollection<Document> theirs, IndexedH2Collection collection);
    }

    private static List<Object> page(MongoCollection<Document> inbox, int page) {
        return inbox.find(Filters.eq("status", "APPLIED")).sort(Sorts.descending("receivedAt", "_id"))
                .skip(page * PAGE).limit(PAGE).map(document -> document.get("_id")).into(new ArrayList<>());
    }
}
