package dev.plara.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under random updates (of one document and of many) and upserts of a document's own fields ({@code $set},
 * {@code $setOnInsert}, {@code $unset}, {@code $inc}) with values of every numeric type, documents and arrays, and
 * under those the store leaves to mongo-java-server (an {@code $inc} of a string, a change of {@code _id}, a path,
 * conflicting operators, a name starting with {@code $}, a query operator in an upsert's selector), the store answers
 * each command and holds the very documents, fields in the same order, that mongo-java-server's memory backend does.
 */
class PlainUpdateEquivalenceTest {

    private static final List<Object> VALUES = List.of(1, 1L, 1.0, -0.0, 0, 2.5, "one", true, new Date(7),
            new Document("a", 1), new Document("a", 1.0), new Document("a", new Document("b", List.of(1, 2L))),
            List.of(1, "x"), List.of(1.0, "x"), Long.MAX_VALUE, Long.MAX_VALUE - 1);

    @TempDir
    Path dir;

    @Test
    void plainUpdatesAndUpsertsAnswerAndChangeAsTheReferenceServer() {
        try (var stores = new ComparedStores(dir)) {
            var ours = stores.ours().getCollection("p");
            var theirs = stores.theirs().getCollection("p");
            for (var collection : List.of(ours, theirs)) {
                collection.createIndex(Indexes.ascending("owner", "currency"), new IndexOptions().unique(true)
                        .sparse(true));
                collection.createIndex(Indexes.ascending("status"));
            }
            var random = new Random(19);
            var answers = new ArrayList<String>();
            for (int step = 0; step < 3000; step++) {
                var command = command(random);
                answers.add(ComparedStores.answer(command, ours));
                assertThat(answers.get(step)).as("step %d", step).isEqualTo(ComparedStores.answer(command, theirs));
                assertThat(json(ours)).as("step %d", step).isEqualTo(json(theirs));
            }
            assertThat(answers).as("refusals").anyMatch(answer -> answer.startsWith("refused"))
                    .as("documents upserted").anyMatch(answer -> answer.contains("upsertedId=BsonString"))
                    .as("documents modified").anyMatch(answer -> answer.contains("modifiedCount=1"))
                    .as("documents kept").anyMatch(answer -> answer.contains("matchedCount=1, modifiedCount=0"));
        }
    }

    private static List<String> json(MongoCollection<Document> collection) {
        return collection.find().sort(Sorts.ascending("_id")).map(Document::toJson).into(new ArrayList<>());
    }

    private static Function<MongoCollection<Document>, Object> command(Random random) {
        var id = "d" + random.nextInt(20);
        var field = List.of("n", "m", "status", "payload", "owner").get(random.nextInt(5));
        var value = VALUES.get(random.nextInt(VALUES.size()));
        var other = VALUES.get(random.nextInt(VALUES.size()));
        var owner = "o" + random.nextInt(6);
        var options = new UpdateOptions().upsert(random.nextBoolean());
        var newId = random.nextBoolean() ? id : "x";
        var incremented = random.nextBoolean() ? field : "payload.a";
        var newOwner = "o" + random.nextInt(6);
        return switch (random.nextInt(11)) {
            case 0 -> c -> c.updateOne(Filters.eq("_id", id), new Document("$setOnInsert", new Document("status",
                    "PENDING").append("n", value).append("payload", new Document("k", other).append("at", new Date(3)))
                    .append("tags", List.of("a", value))), new UpdateOptions().upsert(true));
            case 1 -> c -> c.updateOne(Filters.eq("_id", id), new Document("$set", new Document(field, value)
                    .append("m", other)), options);
            case 2 -> c -> c.updateOne(Filters.eq("_id", id), new Document("$inc", new Document(field,
                    value instanceof Number ? value : 1).append("k", 2L)), options);
            case 3 -> c -> c.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("status", "PENDING")),
                    new Document("$unset", new Document(field, "")).append("$set", new Document("status", "SENT")));
            case 4 -> c -> c.updateOne(new Document("owner", owner).append("currency", "EUR"), new Document(
                    "$setOnInsert", new Document("_id", owner + "-EUR").append("at", new Date(5))).append("$inc",
                    new Document("balance", value instanceof Number ? value : 5L).append("seq", 1)),
                    new UpdateOptions().upsert(true));
            case 5 -> c -> c.updateOne(Filters.eq("_id", id), new Document("$set", new Document("_id", newId)),
                    options);
            case 6 -> c -> c.updateOne(Filters.eq("_id", id), new Document("$set", new Document(field, value))
                    .append("$inc", new Document(incremented, 1)), options);
            case 7 -> c -> c.updateOne(Filters.eq("_id", id), new Document("$set", new Document(field,
                    new Document("$bad", 1))), options);
            case 8 -> c -> c.updateOne(Filters.and(Filters.eq("_id", id), Filters.in("status", "PENDING", "SENT")),
                    new Document("$setOnInsert", new Document("n", value)).append("$set", new Document("m", 1)),
                    new UpdateOptions().upsert(true));
            case 9 -> c -> c.updateMany(Filters.eq("status", "PENDING"), new Document("$set", new Document("m",
                    value)).append("$unset", new Document(field, "")).append("$inc", new Document("k", 1)));
            default -> c -> c.updateOne(Filters.eq("owner", owner), new Document("$set", new Document("owner", newOwner)
                    .append("currency", "EUR")));
        };
    }
}
