package dev.plara.mongo;

import com.mongodb.MongoClientException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the adapter's design takes as given about mongo-java-server 1.47.0, checked so an upgrade that changes any of
 * it is noticed: sparse unique indexes work, partial ones do not, and it has no sessions and no validators.
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
}
