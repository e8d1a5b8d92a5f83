package dev.plara.store;

import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.NoopOplog;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a guarded update of one document ({@code {_id: x, status: "PENDING"}}, {@code $set} and {@code $inc}) allocates
 * in the collection, on the thread that makes it: counted over many updates after a warm-up, on a collection with a
 * unique and a non-unique index whose keys the update leaves alone.
 */
class UpdateAllocationTest {

    private static final int UPDATES = 5_000;

    @TempDir
    Path dir;

    @Test
    void aGuardedUpdateReadsItsDocumentWithoutAStreamAndLeavesItsIndexesAlone() {
        var backend = new DurableH2Backend(dir.resolve("updates.mv.db").toString());
        try {
            var database = backend.resolveDatabase("t");
            var collection = (IndexedH2Collection) database.createCollectionOrThrowIfExists("c");
            database.handleCommand(new EmbeddedChannel(), "createIndexes", new Document("createIndexes", "c").append("indexes", List.of(
                    new Document("name", "wallet_1").append("unique", true).append("key", new Document("wallet", 1)),
                    new Document("name", "status_1_due_1").append("key", new Document("status", 1).append("due", 1)))),
                    null, NoopOplog.get());
            for (int i = 0; i < 50; i++) {
                collection.addDocument(new Document("_id", "d" + i).append("wallet", "w" + i)
                        .append("status", "PENDING").append("due", (long) i).append("tries", 0));
            }
            var selector = new Document("_id", "d7").append("status", "PENDING");
            var update = new Document("$set", new Document("note", "retry")).append("$inc",
                    new Document("tries", 1));
            Runnable updateOne = () -> collection.updateDocuments(selector, update, ArrayFilters.empty(), false,
                    false, NoopOplog.get());
            for (int i = 0; i < UPDATES; i++) {
                updateOne.run();
            }
            long before = ThreadAllocation.bytes();
            for (int i = 0; i < UPDATES; i++) {
                updateOne.run();
            }
            long perUpdate = (ThreadAllocation.bytes() - before) / UPDATES;

            assertThat(collection.getIndexes()).hasSize(3);
            assertThat(perUpdate).as("bytes per update: the document read, changed in a shallow copy and written (6136;"
                    + " main at 19eabf2: 13168, with mongo-java-server's deep copies; at 99daec0: 21296)")
                    .isLessThan(9_000);
        } finally {
            backend.close();
        }
    }

    @Test
    void anUpdateOfManyDocumentsChangesEachWithoutMongoJavaServersCopies() {
        var backend = new DurableH2Backend(dir.resolve("many.mv.db").toString());
        try {
            var collection = (IndexedH2Collection) backend.resolveDatabase("t").createCollectionOrThrowIfExists("c");
            for (int i = 0; i < 50; i++) {
                collection.addDocument(new Document("_id", "m" + i).append("status", "PENDING").append("owner", "w")
                        .append("body", "message " + i));
            }
            var sent = new Document("$set", new Document("status", "SENT")).append("$unset", new Document("owner", ""));
            var pending = new Document("$set", new Document("status", "PENDING").append("owner", "w"));
            int[] round = {0};
            long perPair = ThreadAllocation.perCall(UPDATES, () -> {
                var id = "m" + round[0]++ % 50;
                collection.updateDocuments(new Document("_id", id).append("status", "PENDING"), sent,
                        ArrayFilters.empty(), true, false, NoopOplog.get());
                collection.updateDocuments(new Document("_id", id).append("status", "SENT"), pending,
                        ArrayFilters.empty(), true, false, NoopOplog.get());
            });

            assertThat(collection.count(new Document("status", "PENDING"), 0, 0)).isEqualTo(50);
            assertThat(perPair).as("bytes per two updates of many documents, each finding one (10241;"
                    + " main at 19eabf2: 22825)").isLessThan(14_000);
        } finally {
            backend.close();
        }
    }
}
