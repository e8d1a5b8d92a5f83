package dev.plara.mongo.collection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One collection's reads of a document by its {@code _id} outside a unit of work, sharing one
 * {@code find {_id: {$in: [...]}}} with those sent concurrently ({@link Coalescer}): the same as those reads sent
 * concurrently, each answered its own document, or {@code null} when there is none.
 */
final class SharedReads {

    private final Coalescer<String, Document> byId;

    SharedReads(MongoCollection<Document> raw) {
        this.byId = new Coalescer<>(new ById(raw), SharedWrites.CAP);
    }

    Document byId(String id) {
        return byId.submit(id);
    }

    private record ById(MongoCollection<Document> raw) implements Coalescer.Sender<String, Document> {

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
