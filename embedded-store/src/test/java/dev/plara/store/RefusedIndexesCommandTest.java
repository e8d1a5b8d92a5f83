package dev.plara.store;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One {@code createIndexes} command naming several indexes, of which the documents refuse one (duplicate keys for a
 * unique index): MongoDB builds a command's indexes as one build and aborts them all, so the command makes none of
 * them, also after a crash; the same indexes asked for once the documents allow them are all made.
 */
@ExtendWith(CrashHarnessExtension.class)
class RefusedIndexesCommandTest {

    private static final List<IndexModel> INDEXES = List.of(
            new IndexModel(Indexes.ascending("a"), new IndexOptions().name("a_1")),
            new IndexModel(Indexes.ascending("k"), new IndexOptions().name("k_1").unique(true)),
            new IndexModel(Indexes.ascending("b"), new IndexOptions().name("b_1")));

    @Test
    void aCommandWithOneRefusedIndexMakesNoneOfItsIndexes(CrashHarness harness) {
        var backend = harness.open();
        var collection = harness.database(backend).getCollection("u");
        collection.insertOne(new Document("_id", 1).append("k", 1).append("a", 1).append("b", 1));
        collection.insertOne(new Document("_id", 2).append("k", 1).append("a", 2).append("b", 2));

        assertThat(refusal(collection)).isEqualTo(11000);
        assertThat(names(collection)).as("indexes after the refused command").containsExactly("_id_");
        harness.crash(backend);

        var reopened = harness.open();
        var again = harness.database(reopened).getCollection("u");
        assertThat(names(again)).as("indexes after a crash").containsExactly("_id_");
        again.deleteOne(new Document("_id", 2));
        again.createIndexes(INDEXES);
        assertThat(names(again)).containsExactlyInAnyOrder("_id_", "a_1", "k_1", "b_1");
    }

    private static int refusal(MongoCollection<Document> collection) {
        try {
            collection.createIndexes(INDEXES);
            return 0;
        } catch (MongoException refused) {
            return refused.getCode();
        }
    }

    private static List<Object> names(MongoCollection<Document> collection) {
        return collection.listIndexes().map(index -> index.get("name")).into(new ArrayList<>());
    }
}
