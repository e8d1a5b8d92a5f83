package dev.plara.store;

import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded store's collections answer exactly as mongo-java-server's own do, while using the unique index for a
 * query that pins its keys and asks more; and they read files mongo-java-server's plain H2 backend wrote.
 */
class IndexedH2CollectionTest {

    @TempDir
    Path dir;

    @Test
    void guardedQueriesAndUpdatesAnswerAsTheReferenceServerDoes() {
        try (var stores = new ComparedStores(dir)) {
            var ours = stores.ours().getCollection("c");
            var theirs = stores.theirs().getCollection("c");
            var random = new Random(7);
            for (int i = 0; i < 200; i++) {
                var document = new Document("_id", "k" + i).append("status", random.nextBoolean() ? "PENDING" : "DONE")
                        .append("seq", random.nextInt(10));
                ours.insertOne(document);
                theirs.insertOne(new Document(document));
            }
            for (int i = 0; i < 300; i++) {
                var id = "k" + random.nextInt(220);
                var filter = new Document("_id", id);
                filter.putAll(switch (random.nextInt(3)) {
                    case 0 -> new Document("status", "PENDING");
                    case 1 -> new Document("seq", new Document("$lt", random.nextInt(10)));
                    default -> new Document("$or", List.of(new Document("lease", new Document("$exists", false)),
                            new Document("status", "DONE")));
                });
                var change = Updates.combine(Updates.set("status", "DONE"), Updates.inc("seq", 1));
                assertThat(ours.updateOne(filter, change).getMatchedCount()).as("update %s", filter)
                        .isEqualTo(theirs.updateOne(filter, change).getMatchedCount());
                assertThat(ours.find(filter).into(new ArrayList<>())).as("find %s", filter)
                        .isEqualTo(theirs.find(filter).into(new ArrayList<>()));
            }
            var byId = new Document("_id", 1);
            assertThat(ours.find().sort(byId).into(new ArrayList<>())).isEqualTo(theirs.find().sort(byId).into(new ArrayList<>()));
        }
    }

    @Test
    void aQueryPinningAUniqueKeyAndAskingMoreIsAnsweredFromThatIndex() {
        var backend = new DurableH2Backend(dir.resolve("plan.mv.db").toString());
        try {
            var collection = (IndexedH2Collection) backend.resolveDatabase("t").createCollectionOrThrowIfExists("c");
            collection.addDocument(bson("_id", "k1", "status", "PENDING"));
            collection.addDocument(bson("_id", "k2", "status", "PENDING"));

            assertThat(collection.pinnedPositions(bson("_id", "k1", "status", "PENDING")))
                    .hasValueSatisfying(positions -> assertThat(positions).containsExactly("k1"));
            assertThat(collection.pinnedPositions(bson("_id", "k3", "status", "PENDING")))
                    .hasValueSatisfying(positions -> assertThat(positions).isEmpty());
            assertThat(collection.pinnedPositions(bson("status", "PENDING"))).as("no unique key pinned").isEmpty();
            assertThat(collection.pinnedPositions(bson("_id", "k1"))).as("planned by the server itself").isEmpty();
            assertThat(collection.pinnedPositions(bson("_id", bson("$in", List.of("k2", "k3", "k1", "k2")),
                    "status", "PENDING"))).hasValueSatisfying(positions -> assertThat(positions).containsExactly("k1", "k2"));
            assertThat(collection.pinnedPositions(bson("_id", bson("$gt", "k1"), "status", "PENDING")))
                    .as("an operator other than $in").isEmpty();
            assertThat(collection.pinnedPositions(bson("_id", bson("$in", List.of("k1", bson("$gt", "k1"))),
                    "status", "PENDING"))).as("$in of a value that is not plain").isEmpty();
        } finally {
            backend.close();
        }
    }

    @Test
    void readsAndWritesTheFilesOfMongoJavaServersOwnH2Backend() {
        var file = dir.resolve(EmbeddedMongo.FILE_NAME);
        var plain = new MongoServer(new H2Backend(file.toString()));
        var address = plain.bind();
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            client.getDatabase("plara").getCollection("ledger").insertOne(new Document("_id", "polar:order:1"));
        } finally {
            plain.shutdown();
        }

        try (var embedded = EmbeddedMongo.open(dir); var client = MongoClients.create(embedded.connectionString())) {
            var ledger = client.getDatabase("plara").getCollection("ledger");
            assertThat(ledger.find(new Document("_id", "polar:order:1").append("kind", null)).first()).isNotNull();
            ledger.insertOne(new Document("_id", "polar:order:2"));
        }

        var reopened = new MongoServer(new H2Backend(file.toString()));
        var again = reopened.bind();
        try (var client = MongoClients.create("mongodb://127.0.0.1:" + again.getPort())) {
            assertThat(client.getDatabase("plara").getCollection("ledger").countDocuments()).isEqualTo(2);
        } finally {
            reopened.shutdown();
        }
    }

    private static de.bwaldvogel.mongo.bson.Document bson(Object... keysAndValues) {
        var document = new de.bwaldvogel.mongo.bson.Document();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            document.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return document;
    }
}
