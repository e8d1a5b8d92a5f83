package dev.plara.store;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DefaultQueryMatcher;
import de.bwaldvogel.mongo.backend.QueryParameters;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.bson.Document;

import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The finds of a collection that an {@link IndexWalk} answers: each gets a {@link WalkCursor} of its own, which reads its
 * first batch at once and is registered for the further ones when there are more.
 */
final class WalkedFinds {

    private final Object lock;
    private final CursorRegistry cursors;
    private final Function<Object, Document> byPosition;

    /** Finds under {@code lock} (the collection's), reading documents by position with {@code byPosition}. */
    WalkedFinds(Object lock, CursorRegistry cursors, Function<Object, Document> byPosition) {
        this.lock = lock;
        this.cursors = cursors;
        this.byPosition = byPosition;
    }

    /**
     * The first batch of the find {@code parameters} ask for, along {@code walk}, each document projected by
     * {@code project}; with a matcher of the walk's own: the collection's keeps the position a positional {@code $}
     * update changes.
     */
    QueryResult answer(QueryParameters parameters, IndexWalk walk, UnaryOperator<Document> project) {
        var query = (Document) parameters.getQuerySelector().get("$query");
        var matcher = new DefaultQueryMatcher();
        var cursor = new WalkCursor(cursors.generateCursorId(), lock, walk, byPosition,
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
