package dev.plara.store;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A sparse unique index leaves out only a document without its key: one whose key an update sets to an explicit null
 * gets an entry (MongoDB's rule), refusing a second explicit null, and loses it when the key is unset again.
 */
class SparseNullTest {

    private static final int DUPLICATE_KEY = 11000;

    @TempDir
    Path dir;

    /** The ways a write turns document {@code a}'s missing {@code code} into an explicit null. */
    enum ToNull {
        UPDATE(c -> c.updateOne(Filters.eq("_id", "a"), Updates.set("code", null))),
        UPSERT(c -> c.updateOne(Filters.eq("_id", "a"), Updates.set("code", null), new UpdateOptions().upsert(true))),
        REPLACE(c -> c.replaceOne(Filters.eq("_id", "a"), new Document("_id", "a").append("code", null)));

        private final Consumer<MongoCollection<Document>> write;

        ToNull(Consumer<MongoCollection<Document>> write) {
            this.write = write;
        }
    }

    @ParameterizedTest
    @EnumSource(ToNull.class)
    void anExplicitNullSetByAnUpdateIsKeyedAndUnsettingItRemovesTheKey(ToNull toNull) {
        try (var embedded = EmbeddedMongo.open(dir); var client = MongoClients.create(embedded.connectionString())) {
            var codes = client.getDatabase("t").getCollection("c");
            codes.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true).sparse(true));
            codes.insertOne(new Document("_id", "a"));
            codes.insertOne(new Document("_id", "b"));

            toNull.write.accept(codes);

            assertDuplicate(codes, new Document("_id", "c").append("code", null));
            assertThat(codes.find(Filters.eq("code", null)).into(new ArrayList<>()))
                    .containsExactlyInAnyOrder(new Document("_id", "a").append("code", null), new Document("_id", "b"));
            assertThat(codes.deleteOne(Filters.eq("_id", "a")).getDeletedCount()).isEqualTo(1);
            codes.insertOne(new Document("_id", "a").append("code", null));
            assertDuplicate(codes, new Document("_id", "d").append("code", null));

            codes.updateOne(Filters.eq("_id", "a"), Updates.unset("code"));
            codes.insertOne(new Document("_id", "e").append("code", null));
            assertDuplicate(codes, new Document("_id", "f").append("code", null));
            assertRefused("an upsert inserting a second null", () -> codes.updateOne(Filters.eq("_id", "g"),
                    Updates.set("code", null), new UpdateOptions().upsert(true)));
            assertThat(codes.deleteOne(Filters.eq("_id", "a")).getDeletedCount()).isEqualTo(1);
            codes.insertOne(new Document("_id", "a"));
            assertThat(codes.countDocuments()).isEqualTo(3);
        }
    }

    @Test
    void anExplicitNullAtAPathIsKeyedAndUnsettingItRemovesTheKey() {
        try (var embedded = EmbeddedMongo.open(dir); var client = MongoClients.create(embedded.connectionString())) {
            var codes = client.getDatabase("t").getCollection("c");
            codes.createIndex(Indexes.ascending("meta.code"), new IndexOptions().unique(true).sparse(true));
            codes.insertOne(new Document("_id", "a").append("meta", new Document()));

            codes.updateOne(Filters.eq("_id", "a"), Updates.set("meta.code", null));
            assertDuplicate(codes, new Document("_id", "b").append("meta", new Document("code", null)));
            codes.updateOne(Filters.eq("_id", "a"), Updates.set("meta.code", null));
            assertDuplicate(codes, new Document("_id", "b").append("meta", new Document("code", null)));

            codes.updateOne(Filters.eq("_id", "a"), Updates.unset("meta.code"));
            codes.insertOne(new Document("_id", "b").append("meta", new Document("code", null)));
            assertThat(codes.deleteOne(Filters.eq("_id", "a")).getDeletedCount()).isEqualTo(1);
            codes.insertOne(new Document("_id", "a").append("meta", new Document("code", 1)));
            assertThat(codes.countDocuments()).isEqualTo(2);
        }
    }

    private static void assertDuplicate(MongoCollection<Document> codes, Document document) {
        assertRefused("insert " + document, () -> codes.insertOne(document));
    }

    private static void assertRefused(String write, ThrowingCallable writing) {
        assertThatThrownBy(writing).as(write)
                .isInstanceOfSatisfying(MongoWriteException.class,
                        refused -> assertThat(refused.getCode()).isEqualTo(DUPLICATE_KEY));
    }
}
