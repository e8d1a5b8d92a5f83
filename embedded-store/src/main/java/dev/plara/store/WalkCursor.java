package dev.plara.store;

import de.bwaldvogel.mongo.backend.AbstractCursor;
import de.bwaldvogel.mongo.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A find's cursor that reads its documents a batch at a time along an {@link IndexWalk}, holding only where the last
 * batch left off: each batch opens the map again after that entry ({@link WalkKeys}), so documents changed meanwhile are read as they are
 * then (as MongoDB's cursors, which yield and restore their place in the index). Its memory does not grow with the
 * collection, where mongo-java-server's cursor holds every matched document from the first batch on.
 */
final class WalkCursor extends AbstractCursor {

    /** Documents in a first batch whose size the client left to the server, as MongoDB's. */
    static final int FIRST_BATCH = 101;
    /** Documents in a further batch whose size the client left to the server: MongoDB fills 16 MiB; this bounds memory. */
    static final int NEXT_BATCH = 1000;

    private final Object lock;
    private final IndexWalk walk;
    private final Function<Object, Document> byPosition;
    private final Predicate<Document> matches;
    private final UnaryOperator<Document> projection;
    private Object last;
    private int toSkip;
    private int left;
    private boolean done;

    WalkCursor(long id, Object lock, IndexWalk walk, Function<Object, Document> byPosition, Predicate<Document> matches,
               UnaryOperator<Document> projection, int skip, int limit) {
        super(id);
        this.lock = lock;
        this.walk = walk;
        this.byPosition = byPosition;
        this.matches = matches;
        this.projection = projection;
        this.toSkip = skip;
        this.left = limit > 0 ? limit : Integer.MAX_VALUE;
    }

    @Override
    public boolean isEmpty() {
        synchronized (lock) {
            return done;
        }
    }

    /**
     * The next documents, up to {@code numberToReturn} (0: the server's choice), from after the last entry read: under
     * the collection's lock, so no write is halfway through (its index entries moved, its document not yet put).
     */
    @Override
    public List<Document> takeDocuments(int numberToReturn) {
        synchronized (lock) {
            return batch(numberToReturn);
        }
    }

    private List<Document> batch(int numberToReturn) {
        int wanted = Math.min(numberToReturn > 0 ? numberToReturn : NEXT_BATCH, left);
        var batch = new ArrayList<Document>();
        var keys = WalkKeys.after(walk, last);
        while (batch.size() < wanted && keys.hasNext()) {
            var key = keys.next();
            last = key;
            var document = walk.document(key, byPosition);
            if (document != null && walk.yieldsAt(key, document) && matches.test(document) && toSkip-- <= 0) {
                batch.add(projection.apply(document));
            }
        }
        left -= batch.size();
        done = left == 0 || !keys.hasNext();
        return batch;
    }
}
