package dev.plara.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under random inserts, updates of indexed fields (to other values, arrays, nothing), upserts and deletes, every query
 * the store answers through a non-unique index (pinned leading keys, then a range or not, with sorts, limits and more
 * conditions) gives exactly what mongo-java-server's memory backend, which scans, gives.
 */
class SecondaryIndexEquivalenceTest {

    private static final List<String> USERS = List.of("ann", "bo", "cy", "dee");
    private static final List<String> STATES = List.of("PENDING", "SENT", "FAILED");

    @TempDir
    Path dir;

    @Test
    void indexedQueriesAnswerAsAScanDoesUnderRandomChanges() {
        try (var stores = new ComparedStores(dir)) {
            var ours = stores.ours().getCollection("c");
            var theirs = stores.theirs().getCollection("c");
            for (var collection : List.of(ours, theirs)) {
                collection.createIndex(Indexes.ascending("user"));
                collection.createIndex(Indexes.ascending("status", "at", "_id"));
                collection.createIndex(Indexes.ascending("user", "kind"));
                collection.createIndex(Indexes.descending("n"));
                collection.createIndex(Indexes.ascending("at"));
            }
            var random = new Random(11);
            for (int step = 0; step < 1500; step++) {
                var change = change(random);
                change.apply(ours);
                change.apply(theirs);
                var query = query(random);
                var sort = random.nextBoolean() ? Sorts.ascending("at", "_id") : Sorts.descending("n", "_id");
                int limit = random.nextInt(4);
                assertThat(ours.find(query).sort(sort).limit(limit).into(new ArrayList<>()))
                        .as("step %d: %s sorted by %s, limit %d", step, query, sort, limit)
                        .isEqualTo(theirs.find(query).sort(sort).limit(limit).into(new ArrayList<>()));
                assertThat(ours.find(query).into(new ArrayList<>())).as("step %d: %s", step, query)
                        .containsExactlyInAnyOrderElementsOf(theirs.find(query).into(new ArrayList<>()));
            }
            long keys = 0;
            for (var document : theirs.find()) {
                keys += document.get("user") instanceof List<?> users ? users.stream().distinct().count() : 1;
            }
            var stats = stores.ours().runCommand(new Document("collStats", "c"));
            assertThat(stats.get("indexSize", Document.class).get("user_1", Number.class).longValue())
                    .as("one entry per user of each document, none left behind").isEqualTo(keys);
        }
    }

    private interface Change {
        void apply(MongoCollection<Document> collection);
    }

    private static Change change(Random random) {
        var id = "d" + random.nextInt(random.nextInt(8) == 0 ? 8 : 60);
        var filter = Filters.eq("_id", id);
        return switch (random.nextInt(6)) {
            case 0, 1 -> {
                var document = document(random.nextLong(), id);
                yield collection -> collection.replaceOne(filter, document, new ReplaceOptions().upsert(true));
            }
            case 2 -> collection -> collection.updateOne(filter, Updates.set("status", STATES.get(id.length() % 3)));
            case 3 -> {
                var user = random.nextBoolean() ? Updates.unset("user")
                        : Updates.set("user", List.of(USERS.get(random.nextInt(4)), USERS.get(random.nextInt(4))));
                yield collection -> collection.updateOne(filter, user);
            }
            case 4 -> {
                var user = Filters.eq("user", USERS.get(random.nextInt(4)));
                var change = Updates.combine(Updates.set("at", new Date(random.nextInt(20))), Updates.inc("n", 1));
                yield collection -> collection.updateMany(user, change);
            }
            default -> collection -> collection.deleteOne(filter);
        };
    }

    private static Document document(long seed, String id) {
        var random = new Random(seed);
        var document = new Document("_id", id).append("user", USERS.get(random.nextInt(4)))
                .append("status", STATES.get(random.nextInt(3)))
                .append("at", switch (random.nextInt(12)) {
                    case 0 -> List.of(new Date(random.nextInt(20)), new Date(random.nextInt(20)));
                    // mongo-java-server orders two empty arrays each before the other, so only one document has one
                    case 1, 2, 3, 4, 5 -> id.equals("d7") ? List.of() : new Date(random.nextInt(20));
                    default -> new Date(random.nextInt(20));
                })
                .append("n", random.nextInt(3) == 0 ? random.nextInt(5) : (double) random.nextInt(5));
        if (random.nextBoolean()) {
            document.append("kind", random.nextBoolean() ? "video" : "photo");
        }
        return document;
    }

    /** Queries as Plara writes them: one document of conditions (the driver's {@code Filters.and} renders $and). */
    private static Bson query(Random random) {
        var user = new Document("user", USERS.get(random.nextInt(4)));
        var status = new Document("status", STATES.get(random.nextInt(3)));
        var kinds = List.of("video", "photo", "audio").subList(0, random.nextInt(4));
        var at = new Date(random.nextInt(20));
        return switch (random.nextInt(14)) {
            case 10 -> status.append("at", new Document(random.nextBoolean() ? "$gt" : "$gte", at));
            case 11 -> status.append("at", new Document("$gte", at).append("$lt", new Date(at.getTime() + 5)));
            case 12 -> Filters.gte("at", new Date(Long.MIN_VALUE));
            case 13 -> new Document("n", new Document("$gt", random.nextInt(5))
                    .append("$lte", random.nextInt(5) + 0.5));
            case 0 -> random.nextBoolean() ? user : status;
            case 1 -> user.append("kind", random.nextBoolean() ? "video" : "photo");
            case 8 -> user.append("kind", new Document("$in", kinds));
            case 9 -> new Document("user", new Document("$in", USERS.subList(random.nextInt(4), 4)))
                    .append("kind", random.nextBoolean() ? "video" : new Document("$in", kinds));
            case 2, 3 -> status.append("at", new Document("$lte", new Date(random.nextInt(20))))
                    .append("_id", new Document("$nin", List.of("d" + random.nextInt(60))));
            case 4 -> status.append("at", new Date(random.nextInt(20)));
            case 5 -> Filters.eq("n", random.nextBoolean() ? random.nextInt(5) : (double) random.nextInt(5));
            case 6 -> user.append("kind", new Document("$exists", false));
            default -> Filters.or(user, Filters.and(status, Filters.eq("kind", "video")));
        };
    }
}
