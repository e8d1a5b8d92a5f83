package dev.plara.store;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The finds of a collection that an {@link IndexWalk} answers, and the walk that answers each ({@link #walkFor}): each
 * gets a {@link WalkCursor} of its own, which reads its first batch at once and is registered for the further ones when
 * there are more.
 */
final class WalkedFinds {

    private final IndexedH2Collection collection;
    private final MVMap<Object, Object> data;
    private final CursorRegistry cursors;
    private final Function<Object, Document> byPosition;
    private final CollectionScans scans;

    /**
     * Finds of {@code collection} (under its lock, planned by its indexes), whose documents are in {@code data}, read by
     * position with {@code byPosition}; a walk of the collection's own map (MongoDB's COLLSCAN) is counted in
     * {@code scans}, with the documents it reads.
     */
    WalkedFinds(IndexedH2Collection collection, MVMap<Object, Object> data, CursorRegistry cursors,
                Function<Object, Document> byPosition, CollectionScans scans) {
        this.collection = collection;
        this.data = data;
        this.cursors = cursors;
        this.byPosition = byPosition;
        this.scans = scans;
    }

    /**
     * The walk that answers a find: along an index whose order is its sort and whose pinned keys are its whole filter
     * (or any part of it, when no index narrows it: {@link IndexWalk#sortedBy}), forward or backward, or along the
     * collection's own map for one that neither sorts nor is narrowed by an index; empty for every other query, and for
     * one a unique index plans.
     */
    Optional<IndexWalk> walkFor(Document query, Document orderBy) {
        if (collection.pinnedPositions(query).isPresent() || orderBy != null && orderBy.containsKey("$natural")) {
            return Optional.empty();
        }
        boolean planned = collection.prefixPlan(query, null).isPresent()
                || collection.getIndexes().stream().anyMatch(index -> index.canHandle(query));
        if (orderBy == null || orderBy.isEmpty()) {
            return planned ? Optional.empty() : Optional.of(IndexWalk.byId(data));
        }
        return IndexWalk.sortedBy(collection.getIndexes(), query, orderBy, !planned);
    }

    /**
     * The first batch of the find {@code parameters} ask for, along {@code walk}, each document projected by
     * {@code project}; with a matcher of the walk's own: the collection's keeps the position a positional {@code $}
     * update changes.
     */
    QueryResult answer(QueryParameters parameters, IndexWalk walk, UnaryOperator<Document> project) {
        var query = (Document) parameters.getQuerySelector().get("$query");
        var matcher = new DefaultQueryMatcher();
        var read = byPosition;
        if (walk.index() == null) {
            var documents = scans.scanned(collection.getFullName(),
                    QueryShape.of(query, (Document) parameters.getQuerySelector().get("$orderby")));
            read = position -> {
                documents.increment();
                return byPosition.apply(position);
            };
        }
        var cursor = new WalkCursor(cursors.generateCursorId(), collection, walk, read,
                document -> matcher.matches(document, query), project, parameters.getNumberToSkip(),
                parameters.getLimit());
        int batchSize = parameters.getBatchSize();
        var first = cursor.takeDocuments(batchSize > 0 ? batchSize : WalkCursor.FIRST_BATCH);
        if (cursor.isEmpty()) {
            return new QueryResult(first);
        }
        cursors.add(cursor);
        return new QueryResult(first, cursor);
    }
}
