package dev.plara.mongo;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoClientException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteUpsert;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What the adapter's design takes as given about mongo-java-server 1.47.0, checked so an upgrade that changes any of
 * it is noticed: sparse unique indexes work, partial ones do not, it has no sessions and no validators, and an
 * unordered multi-document insert or update refuses each write on its own, by index, and goes on after a refusal
 * (what {@code SharedWrites} relies on).
 */
class MongoJavaServerFactsTest {

    private MongoDatabase db;

    @BeforeEach
    void freshDatabase() {
        db = InProcessMongo.shared().client().getDatabase(InProcessMongo.newDatabaseName());
    }

    @Test
    void aSparseUniqueIndexIgnoresDocumentsWithoutTheFieldAndRefusesASecondValue() {
        var codes = db.getCollection("codes");
        codes.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true).sparse(true));
        codes.insertOne(new Document("_id", 1));
        codes.insertOne(new Document("_id", 2));
        codes.insertOne(new Document("_id", 3).append("code", "FT1"));

        assertThatThrownBy(() -> codes.insertOne(new Document("_id", 4).append("code", "FT1")))
                .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(11000));
    }

    @Test
    void aPartialFilterExpressionIsStoredButIgnoredSoTheAdapterUsesSparseIndexes() {
        var codes = db.getCollection("partial");
        codes.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true)
                .partialFilterExpression(new Document("code", new Document("$exists", true))));
        codes.insertOne(new Document("_id", 1));

        assertThatThrownBy(() -> codes.insertOne(new Document("_id", 2)))
                .isInstanceOfSatisfying(MongoWriteException.class, e -> assertThat(e.getCode()).isEqualTo(11000));
    }

    @Test
    void thereAreNoSessionsSoNoTransactions() {
        try (var session = InProcessMongo.shared().client().startSession()) {
            assertThatThrownBy(() -> db.getCollection("any").find(session).first())
                    .isInstanceOf(MongoClientException.class).hasMessageContaining("doesn't support sessions");
        }
    }

    @Test
    void validatorsAreNotEnforcedSoTheAdapterDoesNotApplyThem() {
        assertThat(InProcessMongo.shared().freshStores().validatorsEnforced()).isFalse();
    }

    @Test
    void anUnorderedInsertRefusesEachDuplicateByItsIndexAndInsertsTheRest() {
        var entries = db.getCollection("entries");
        entries.createIndex(Indexes.ascending("seq"), new IndexOptions().unique(true));
        entries.insertOne(new Document("_id", "held").append("seq", 1));
        var documents = List.of(new Document("_id", "a").append("seq", 2), new Document("_id", "held").append("seq", 3),
                new Document("_id", "b").append("seq", 4), new Document("_id", "c").append("seq", 2));

        assertThatThrownBy(() -> entries.insertMany(documents, new InsertManyOptions().ordered(false)))
                .isInstanceOfSatisfying(MongoBulkWriteException.class, e -> assertThat(e.getWriteErrors())
                        .extracting(BulkWriteError::getIndex, BulkWriteError::getCode)
                        .containsExactly(tuple(1, 11000), tuple(3, 11000)));
        assertThat(entries.find().map(d -> d.getString("_id")).into(new ArrayList<>()))
                .containsExactlyInAnyOrder("held", "a", "b");
    }

    @Test
    void anUnorderedUpdateRefusesEachDuplicateByItsIndexAndNamesEachUpsertByItsIndex() {
        var inbox = db.getCollection("inbox");
        inbox.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
        inbox.insertOne(new Document("_id", "seen").append("code", "x"));
        var updates = List.of(upsert("new-1", "a"), upsert("seen", "y"), upsert("new-2", "x"), upsert("new-3", "b"));

        assertThatThrownBy(() -> inbox.bulkWrite(updates, new BulkWriteOptions().ordered(false)))
                .isInstanceOfSatisfying(MongoBulkWriteException.class, e -> {
                    assertThat(e.getWriteErrors()).extracting(BulkWriteError::getIndex, BulkWriteError::getCode)
                            .containsExactly(tuple(2, 11000));
                    assertThat(e.getWriteResult().getUpserts()).extracting(BulkWriteUpsert::getIndex)
                            .containsExactly(0, 3);
                });
        assertThat(inbox.countDocuments()).isEqualTo(3);
    }

    private static UpdateOneModel<Document> upsert(String id, String code) {
        return new UpdateOneModel<>(Filters.eq("_id", id), Updates.setOnInsert("code", code),
                new UpdateOptions().upsert(true));
    }
}
