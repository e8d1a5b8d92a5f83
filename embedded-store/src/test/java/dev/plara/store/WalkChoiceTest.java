package dev.plara.store;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.plara.store.SortedWalkEquivalenceTest.doc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A find is walked along an index only when that index's pinned leading keys serve its whole filter; one whose filter
 * names a field the walked index does not pin ({@code find({orderId}).sort({_id: 1})} with an index on
 * {@code orderId}) is planned as before, reading only the documents that index names, not every entry of another.
 */
class WalkChoiceTest {

    @TempDir
    Path dir;

    @Test
    void aFilterTheWalkedIndexDoesNotPinIsPlannedByTheIndexThatDoes() {
        try (var harness = new CrashHarness(dir)) {
            var backend = harness.open(SyncSchedule.STORE);
            var client = harness.client(backend);
            var refunds = client.getDatabase("t").getCollection("unmatched_refunds");
            refunds.createIndex(Indexes.ascending("orderId", "heldAt"));
            refunds.createIndex(Indexes.ascending("wallet", "seq"), new IndexOptions().unique(true));
            var held = new ArrayList<Document>();
            for (int i = 0; i < 5_000; i++) {
                held.add(new Document("_id", "r" + i).append("orderId", "o" + i % 2_500).append("heldAt", i)
                        .append("wallet", "w" + i % 7).append("seq", i).append("open", i % 2 == 0));
            }
            refunds.insertMany(held);
            var collection = (IndexedH2Collection) backend.resolveDatabase("t").resolveCollection("unmatched_refunds", true);
            var walks = collection.walks();

            assertThat(walks.walkFor(doc("orderId", "o7"), doc("_id", 1))).as("by_order serves it").isEmpty();
            assertThat(collection.prefixPlan(doc("orderId", "o7"), doc("_id", 1)))
                    .map(plan -> plan.index().getName()).as("it reads only what by_order names").contains("orderId_1_heldAt_1");
            assertThat(walks.walkFor(doc("_id", "r7"), doc("_id", 1))).as("_id pinned, not a prefix").isEmpty();
            assertThat(walks.walkFor(doc("orderId", "o7", "wallet", "w1"), doc("seq", 1))).as("by_order").isEmpty();
            assertThat(walks.walkFor(doc("open", true, "wallet", "w1"), doc("seq", 1)))
                    .as("nothing narrows it: the walk of w1 reads no more than a scan").isPresent();
            assertThat(walks.walkFor(doc("heldAt", doc("$gt", 0)), doc("_id", 1))).as("a scan's read").isPresent();
            assertThat(walks.walkFor(doc("wallet", "w1"), doc("seq", 1))).as("wallet pinned").isPresent();
            assertThat(walks.walkFor(doc(), doc("_id", 1))).as("nothing to pin").isPresent();
            assertThat(refunds.find(Filters.eq("orderId", "o7")).sort(Sorts.ascending("_id"))
                    .map(document -> document.get("_id")).into(new ArrayList<>())).isEqualTo(List.of("r2507", "r7"));
        }
    }

    @Test
    void aLowerBoundOnTheFirstSortedKeyStartsTheWalkThereInsteadOfAtTheFirstEntryOfThePinnedPrefix() {
        try (var harness = new CrashHarness(dir)) {
            var backend = harness.open(SyncSchedule.STORE);
            var client = harness.client(backend);
            var entries = client.getDatabase("t").getCollection("ledger_entries");
            entries.createIndex(Indexes.ascending("wallet", "walletSeq"), new IndexOptions().unique(true));
            var posted = new ArrayList<Document>();
            for (long seq = 1; seq <= 3_000; seq++) {
                posted.add(new Document("_id", "e" + seq).append("wallet", "w" + seq % 2).append("walletSeq", seq));
            }
            entries.insertMany(posted);
            var collection = (IndexedH2Collection) backend.resolveDatabase("t").resolveCollection("ledger_entries", true);

            var walk = collection.walks()
                    .walkFor(doc("wallet", "w1", "walletSeq", doc("$gt", 2_901L)), doc("walletSeq", 1)).orElseThrow();

            var firstRead = (KeyValue) walk.entries().cursor(walk.start()).next();
            assertThat(((Number) firstRead.get(1)).longValue()).as("the walk starts at the bound").isEqualTo(2_901L);
            assertThat(entries.find(Filters.and(Filters.eq("wallet", "w1"), Filters.gt("walletSeq", 2_901L)))
                    .sort(Sorts.ascending("walletSeq")).limit(3).map(document -> document.get("_id"))
                    .into(new ArrayList<>())).isEqualTo(List.of("e2903", "e2905", "e2907"));
            assertThat(entries.find(Filters.and(Filters.eq("wallet", "w1"), Filters.gte("walletSeq", 2_999L)))
                    .sort(Sorts.ascending("walletSeq")).map(document -> document.get("_id"))
                    .into(new ArrayList<>())).isEqualTo(List.of("e2999"));
        }
    }
}
