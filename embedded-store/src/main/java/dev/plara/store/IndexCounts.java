package dev.plara.store;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The driver's {@code countDocuments} ({@code aggregate} of {@code [{$match: filter}, {$group: {_id: 1, n: {$sum: 1}}}]})
 * answered without the pipeline: mongo-java-server runs it over every document of the collection. When a non-unique
 * index's leading keys, pinned to plain values, are exactly the filter, its entries in that range are counted from the
 * index's B-tree, no document read; any other filter is counted by the collection's own query planning, which reads
 * only the documents an index names.
 */
final class IndexCounts {

    private static final Document GROUP_ALL = new Document("_id", 1).append("n", new Document("$sum", 1));

    private IndexCounts() {
    }

    /** The filter of an {@code aggregate} command that is exactly the driver's count; empty for any other. */
    static Optional<Document> countedFilter(Document command) {
        if (!(command.get("pipeline") instanceof List<?> pipeline) || pipeline.size() != 2
                || command.containsKey("explain") || !(pipeline.get(0) instanceof Document match)
                || match.size() != 1 || !(match.get("$match") instanceof Document filter)
                || !(pipeline.get(1) instanceof Document group) || !new Document("$group", GROUP_ALL).equals(group)) {
            return Optional.empty();
        }
        return Optional.of(filter);
    }

    /** How many documents of {@code collection} match {@code filter}, under the collection's lock. */
    static long count(IndexedH2Collection collection, Document filter) {
        synchronized (collection) {
            var counted = byIndex(collection.getIndexes(), filter);
            return counted.isPresent() ? counted.getAsLong() : collection.count(filter, 0, 0);
        }
    }

    /**
     * The command's answer, as the pipeline gives it: a cursor of namespace {@code namespace} whose one batch holds one
     * group with {@code n}, none when nothing matched.
     */
    static Document response(String namespace, long count) {
        var groups = count == 0 ? List.<Document>of()
                : List.of(new Document("_id", 1).append("n", count > Integer.MAX_VALUE ? (Object) count : (int) count));
        return MatchFirstAggregation.firstBatch(namespace, groups);
    }

    /**
     * The entries of a non-unique index, with each document keyed once, whose leading values are the filter's (every
     * field it names, each a plain value): the distance between the range's two ends in the B-tree.
     */
    private static OptionalLong byIndex(List<Index<Object>> indexes, Document filter) {
        for (var index : indexes) {
            if (index instanceof BsonSecondaryIndex secondary && secondary.keysEachDocumentOnce() && !filter.isEmpty()) {
                var pinned = PrefixPlan.pinnedLeadingValues(index, filter);
                if (pinned.size() == filter.size()) {
                    var from = new KeyValue(pinned).normalized();
                    var upTo = KeyValueType.afterPrefix(from, index);
                    var entries = secondary.entries();
                    return OptionalLong.of(insertionPoint(entries.getKeyIndex(upTo))
                            - insertionPoint(entries.getKeyIndex(from)));
                }
            }
        }
        return OptionalLong.empty();
    }

    /** Where a key is or would be among the map's keys, from {@code MVMap.getKeyIndex}'s answer. */
    private static long insertionPoint(long keyIndex) {
        return keyIndex >= 0 ? keyIndex : -keyIndex - 1;
    }
}
