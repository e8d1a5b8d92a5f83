package dev.plara.store;

import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An admin listing, newest first, a page at a time (the webhook inbox's: {@code find({status}).sort({receivedAt: -1,
 * _id: -1}).skip(s).limit(20)} on {@code {status: 1, receivedAt: -1, _id: -1}}) reads about a page of documents per
 * page, walking its index backward, where sorting in memory read every document with that status for each page.
 */
class DescendingListingTest {

    private static final int DELIVERIES = 3_000;
    private static final int PAGE = 20;

    @TempDir
    Path dir;

    @Test
    void aPageOfANewestFirstListingReadsAboutAPageOfDocuments() {
        var backend = new DurableH2Backend(dir.resolve("listing.mv.db").toString());
        var server = new MongoServer(backend);
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
             var reference = new ReferenceServer()) {
            var ours = client.getDatabase("t").getCollection("webhook_inbox");
            var theirs = reference.client.getDatabase("t").getCollection("webhook_inbox");
            var deliveries = new ArrayList<Document>();
            for (int i = 0; i < DELIVERIES; i++) {
                deliveries.add(new Document("_id", String.format("d%05d", i))
                        .append("status", i % 3 == 0 ? "PENDING" : "APPLIED")
                        .append("receivedAt", new Date(1_000_000L + i * 7919L % DELIVERIES * 1000L))
                        .append("nextAttemptAt", new Date(i)));
            }
            for (var inbox : List.of(ours, theirs)) {
                inbox.createIndex(Indexes.ascending("status", "nextAttemptAt"), new IndexOptions().name("due"));
                inbox.createIndex(Indexes.compoundIndex(Indexes.ascending("status"),
                        Indexes.descending("receivedAt", "_id")), new IndexOptions().name("by_status"));
                inbox.insertMany(deliveries);
            }
            var collection = (IndexedH2Collection) backend.resolveDatabase("t").resolveCollection("webhook_inbox", true);

            for (int page : new int[] {0, 1, 50}) {
                long before = collection.documentsRead();
                var listed = page(ours, page);
                long read = collection.documentsRead() - before;
                assertThat(listed).as("page %d", page).isEqualTo(page(theirs, page)).hasSize(PAGE);
                assertThat(read).as("documents read for page %d of 2,000", page)
                        .isLessThanOrEqualTo((page + 1L) * PAGE + 1);
            }
        } finally {
            server.shutdown();
        }
    }

    private static List<Object> page(MongoCollection<Document> inbox, int page) {
        return inbox.find(Filters.eq("status", "APPLIED")).sort(Sorts.descending("receivedAt", "_id"))
                .skip(page * PAGE).limit(PAGE).map(document -> document.get("_id")).into(new ArrayList<>());
    }
}
