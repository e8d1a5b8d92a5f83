package dev.plara.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under random upserts ({@code $setOnInsert}, {@code $inc}), guarded updates that keep or change indexed fields (to
 * values another document holds, to arrays, to nothing), {@code $push}, array filters and inserts of duplicate keys,
 * the store answers each command (counts, upserted ids, refusals) and holds the very documents that mongo-java-server's
 * memory backend does, on unique (compound, sparse) and non-unique (compound, multikey) indexes.
 */
class UpdateEquivalenceTest {

    private static final List<String> STATES = List.of("PENDING", "SENT", "FAILED");

    @TempDir
    Path dir;

    @Test
    void updatesUpsertsAndInsertsAnswerAndChangeAsTheReferenceServers() {
        try (var stores = new ComparedStores(dir)) {
            var ours = stores.ours().getCollection("c");
            var theirs = stores.theirs().getCollection("c");
            for (var collection : List.of(ours, theirs)) {
                collection.createIndex(Indexes.ascending("owner", "currency"), new IndexOptions().unique(true));
                collection.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true).sparse(true));
                collection.createIndex(Indexes.ascending("status", "due"));
                collection.createIndex(Indexes.ascending("tags"));
            }
            var random = new Random(18);
            var answers = new ArrayList<String>();
            for (int step = 0; step < 2000; step++) {
                var command = command(random);
                answers.add(ComparedStores.answer(command, ours));
                assertThat(answers.get(step)).as("step %d", step).isEqualTo(ComparedStores.answer(command, theirs));
                assertThat(ours.find().sort(Sorts.ascending("_id")).into(new ArrayList<>())).as("step %d", step)
                        .isEqualTo(theirs.find().sort(Sorts.ascending("_id")).into(new ArrayList<>()));
            }
            assertThat(answers).as("duplicate keys refused").anyMatch(answer -> answer.equals("refused 11000"))
                    .as("documents upserted").anyMatch(answer -> answer.contains("upsertedId=BsonString"));
        }
    }

    private static Function<MongoCollection<Document>, Object> command(Random random) {
        var id = "d" + random.nextInt(30);
        var owner = "o" + random.nextInt(12);
        var status = STATES.get(random.nextInt(STATES.size()));
        var next = STATES.get(random.nextInt(STATES.size()));
        int n = random.nextInt(5);
        boolean seen = random.nextBoolean();
        var keyChange = keyChange(random, id);
        return switch (random.nextInt(8)) {
            case 0 -> c -> c.updateOne(new Document("owner", owner).append("currency", "EUR"), Updates.combine(
                    Updates.setOnInsert("_id", id), Updates.setOnInsert("status", status), Updates.inc("balance", 5L),
                    Updates.inc("seq", 1)), new UpdateOptions().upsert(true)).toString();
            case 1 -> c -> c.updateOne(new Document("_id", id).append("status", status),
                    Updates.combine(Updates.set("status", next), Updates.inc("tries", 1)))
                    .toString();
            case 2 -> c -> c.updateOne(new Document("_id", id), Updates.combine(keyChange))
                    .toString();
            case 3 -> c -> c.updateMany(new Document("status", status), Updates.set("due", n))
                    .toString();
            case 4 -> c -> c.updateOne(Filters.eq("_id", id), Updates.push("tags", "t" + n % 4))
                    .toString();
            case 5 -> c -> c.updateOne(Filters.eq("_id", id), Updates.set("items.$[i].done", true),
                    new UpdateOptions().arrayFilters(List.of(Filters.eq("i.n", n % 3)))).toString();
            case 6 -> c -> c.insertOne(new Document("_id", id).append("owner", owner).append("currency", "EUR")
                    .append("status", status).append("items", List.of(new Document("n", 1), new Document("n", 2))))
                    .toString();
            default -> c -> c.updateOne(new Document("_id", id), Updates.set("seen", seen),
                    new UpdateOptions().upsert(true)).toString();
        };
    }

    /** A change of indexed fields, drawn at once: to another owner (maybe one held), a code (maybe held), an array, or none. */
    private static List<Bson> keyChange(Random random, String id) {
        return switch (random.nextInt(5)) {
            case 0 -> List.of(Updates.set("owner", "o" + random.nextInt(12)));
            case 1 -> List.of(Updates.set("code", random.nextInt(6)));
            case 2 -> List.of(Updates.unset("code"), Updates.unset("owner"));
            case 3 -> List.of(Updates.set("due", List.of(random.nextInt(3), 7)));
            default -> List.of(Updates.set("due", random.nextInt(3) == 0 ? 2L : 2.0), Updates.set("note", id));
        };
    }
}
