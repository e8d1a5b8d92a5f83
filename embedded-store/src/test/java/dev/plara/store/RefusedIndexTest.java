package dev.plara.store;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An index whose build is refused (duplicates for a unique index, parallel arrays for a compound one) leaves nothing
 * behind: asked again it is refused again, as MongoDB refuses it, and its map is not in the file, open or reopened.
 */
@ExtendWith(CrashHarnessExtension.class)
class RefusedIndexTest {

    private static final List<Bson> KEYS = List.of(Indexes.ascending("k"), Indexes.ascending("k", "j"),
            Indexes.ascending("a", "b"));
    private static final List<Boolean> UNIQUE = List.of(true, true, false);
    private static final int UNIQUE_ONLY = 2;
    /** MongoDB's answers: duplicates (11000) for both unique indexes, parallel arrays (171) for the compound one. */
    private static final List<String> REFUSED = List.of("refused 11000", "refused 11000", "refused 11000",
            "refused 11000", "refused 171", "refused 171", "indexes [_id_]");

    @TempDir
    Path dir;

    @Test
    void anIndexRefusedForItsDocumentsIsRefusedAgainWhenAskedAgainAsByMongoDb() {
        try (var stores = new ComparedStores(dir)) {
            // the reference server makes an index over parallel arrays, which MongoDB refuses: unique indexes only
            assertThat(askTwiceEach(stores.ours(), UNIQUE_ONLY))
                    .isEqualTo(askTwiceEach(stores.theirs(), UNIQUE_ONLY));
        }
    }

    @Test
    void aRefusedIndexLeavesNoMapInTheFileAndIsRefusedAgainAfterACrash(CrashHarness harness) {
        var backend = harness.open();
        assertThat(askTwiceEach(harness.database(backend), KEYS.size())).isEqualTo(REFUSED);
        assertThat(indexMaps(backend)).isEmpty();
        harness.crash(backend);

        var reopened = harness.open();
        assertThat(indexMaps(reopened)).isEmpty();
        assertThat(askTwiceEach(harness.database(reopened), KEYS.size())).isEqualTo(REFUSED);
        var collection = harness.database(reopened).getCollection("u");
        collection.deleteOne(new Document("_id", 2));
        collection.createIndex(Indexes.ascending("k"), new IndexOptions().name("k_1").unique(true));
        var duplicate = new Document("_id", 4).append("k", 1);
        assertThat(refusal(() -> collection.insertOne(duplicate))).isEqualTo("refused 11000");
    }

    @Test
    void aMapAnEarlierRefusedBuildLeftInTheFileIsNotTakenForTheIndex() {
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            insertUnindexable(client.getDatabase("t").getCollection("u"));
        }
        var file = new MVStore.Builder().fileName(dir.resolve(EmbeddedMongo.FILE_NAME).toString()).open();
        try {
            file.openMap("t.u._index_refused0", new MVMap.Builder<KeyValue, Object>().keyType(new KeyValueType()))
                    .put(new KeyValue(List.of(1)), 1);
            file.commit();
        } finally {
            file.close();
        }
        try (var store = EmbeddedMongo.open(dir); var client = MongoClients.create(store.connectionString())) {
            assertThat(askTwiceEach(client.getDatabase("t"), 1)).startsWith("refused 11000", "refused 11000");
        }
    }

    @Test
    void aRefusedUniqueIndexOfAFileInThePlainH2FormatIsRefusedAgainAndLeavesNoMap() {
        var file = new MVStore.Builder().fileName(dir.resolve(EmbeddedMongo.FILE_NAME).toString()).open();
        file.openMap("made.by.the.plain.h2.backend").put(1, 1);
        file.close();
        try (var harness = new CrashHarness(dir)) {
            var backend = harness.open();
            assertThat(backend.storesBson()).isFalse();
            assertThat(askTwiceEach(harness.database(backend), UNIQUE_ONLY)).containsExactly("refused 11000",
                    "refused 11000", "refused 11000", "refused 11000", "indexes [_id_]");
            assertThat(indexMaps(backend)).isEmpty();
        }
    }

    /** The first {@code indexes} of {@link #KEYS} asked for twice over documents they cannot index: the answers. */
    private static List<String> askTwiceEach(MongoDatabase database, int indexes) {
        var collection = database.getCollection("u");
        if (collection.countDocuments() == 0) {
            insertUnindexable(collection);
        }
        var answers = new ArrayList<String>();
        for (int i = 0; i < indexes; i++) {
            var options = new IndexOptions().name("refused" + i).unique(UNIQUE.get(i));
            for (int attempt = 0; attempt < 2; attempt++) {
                var keys = KEYS.get(i);
                answers.add(refusal(() -> collection.createIndex(keys, options)));
            }
        }
        answers.add("indexes " + names(collection));
        return answers;
    }

    /** Two documents with the same keys, and one with arrays in two keys. */
    private static void insertUnindexable(MongoCollection<Document> collection) {
        collection.insertOne(new Document("_id", 1).append("k", 1).append("j", 1));
        collection.insertOne(new Document("_id", 2).append("k", 1).append("j", 1));
        collection.insertOne(new Document("_id", 3).append("a", List.of(1, 2)).append("b", List.of(1, 2)));
    }

    private static String refusal(Runnable command) {
        try {
            command.run();
            return "made";
        } catch (MongoException refused) {
            return "refused " + refused.getCode();
        }
    }

    private static List<Object> names(MongoCollection<Document> collection) {
        return collection.listIndexes().map(index -> index.get("name")).into(new ArrayList<>()).stream()
                .sorted(Comparator.comparing(Object::toString)).toList();
    }

    private static List<String> indexMaps(DurableH2Backend backend) {
        return backend.getMvStore().getMapNames().stream().filter(name -> name.contains("._index_refused")).toList();
    }
}
