package dev.plara.mongo.collection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One collection's reads outside a unit of work, each kind sharing one {@code $in} query with those sent concurrently
 * ({@link Coalescer}): a document by its {@code _id} ({@code null} when there is none), and every document whose field
 * holds a value, in the order of their {@code _id}s. The same as those reads sent concurrently, each answered its own.
 */
final class SharedReads {

    private final MongoCollection<Document> raw;
    private final StoreRounds rounds;
    private final Coalescer<String, Document> byId;
    private final Map<String, Coalescer<String, List<Document>>> where = new ConcurrentHashMap<>();

    SharedReads(MongoCollection<Document> raw, StoreRounds rounds) {
        this.raw = raw;
        this.rounds = rounds;
        this.byId = new Coalescer<>(new ById(raw), SharedWrites.CAP, rounds);
    }

    Document byId(String id) {
        return byId.submit(id);
    }

    List<Document> where(String field, String value) {
        return where.computeIfAbsent(field, f -> new Coalescer<>(new Where(raw, f), SharedWrites.CAP, rounds))
                .submit(value);
    }

    private record Where(MongoCollection<Document> raw, String field)
            implements BatchSender<String, List<Document>> {

        @Override
        public List<Document> one(String value) {
            return raw.find(Filters.eq(field, value)).sort(Sorts.ascending("_id")).into(new ArrayList<>());
        }

        @Override
        public List<Outcome<List<Document>>> many(List<String> values) {
            var found = new HashMap<Object, List<Document>>();
            raw.find(Filters.in(field, new LinkedHashSet<>(values))).sort(Sorts.ascending("_id"))
                    .forEach(document -> found.computeIfAbsent(document.get(field), any -> new ArrayList<>())
                            .add(document));
            return values.stream().map(value -> Outcome.of(List.copyOf(found.getOrDefault(value, List.of())))).toList();
        }
    }

    private record ById(MongoCollection<Document> raw) implements BatchSender<String, Document> {

        @Override
        public Document one(String id) {
            return raw.find(Filters.eq("_id", id)).first();
        }

        @Override
        public List<Outcome<Document>> many(List<String> ids) {
            var distinct = new LinkedHashSet<>(ids);
            var found = new HashMap<Object, Document>();
            raw.find(Filters.in("_id", distinct)).limit(distinct.size()).batchSize(distinct.size())
                    .forEach(document -> found.put(document.get("_id"), document));
            return ids.stream().map(id -> Outcome.of(found.get(id))).toList();
        }
    }
}
