package dev.plara.store;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Where a unique index puts the documents a query can match when it pins every key of that index to a plain value, or
 * one of them to any of several ({@code {_id: {$in: [...]}}}), and asks more of the document ({@code status:
 * "PENDING"}): one lookup per value. mongo-java-server plans only a query naming exactly an index's keys, so it would
 * scan the collection, and the store's prefix plan ({@link PrefixPlan}) would read every document a non-unique index's
 * prefix names. The collection still matches each document found against the whole query.
 */
final class UniquePositions {

    private UniquePositions() {
    }

    /**
     * The positions of the documents {@code query} can match, by a unique index of {@code indexes} as above, each maybe
     * more than once (an array's elements are keyed apart); empty when no index fits or when the query names exactly an
     * index's keys, which mongo-java-server plans itself.
     */
    static Optional<Stream<Object>> of(Collection<Index<Object>> indexes, Document query) {
        for (Index<Object> index : indexes) {
            if (!index.isUnique() || index.getKeys().size() >= query.size() || index.canHandle(query)) {
                continue;
            }
            var keys = keysNamed(index, query);
            if (keys.isPresent()) {
                return Optional.of(keys.get().stream()
                        .flatMap(key -> StreamSupport.stream(index.getPositions(key).spliterator(), false)));
            }
        }
        return Optional.empty();
    }

    /**
     * Every value of the index's keys {@code query} allows, each a document of plain values; empty unless it pins each
     * key to a plain value but at most one, which it names with {@code $in} of plain values.
     */
    private static Optional<List<Document>> keysNamed(Index<Object> index, Document query) {
        List<Document> keys = List.of(new Document());
        boolean named = false;
        for (IndexKey key : index.getKeys()) {
            var condition = query.get(key.getKey());
            var plain = PrefixPlan.isPlain(condition);
            var values = plain ? List.of(condition) : named ? null : PrefixPlan.plainValuesIn(condition);
            if (values == null) {
                return Optional.empty();
            }
            named |= !plain;
            keys = keys.stream().flatMap(prefix -> values.stream().map(value -> {
                var next = new Document(prefix);
                next.put(key.getKey(), value);
                return next;
            })).toList();
        }
        return Optional.of(keys);
    }
}
