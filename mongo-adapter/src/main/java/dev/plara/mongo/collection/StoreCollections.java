package dev.plara.mongo.collection;

import com.mongodb.ReadPreference;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import dev.plara.mongo.transaction.SessionHolder;
import org.bson.Document;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Opens the collections of one database as {@link StoreCollection}s sharing one session holder and write observer,
 * one per name, so that every store writing to a collection shares its commands ({@link SharedWrites}).
 */
public final class StoreCollections {

    private final MongoDatabase db;
    private final SessionHolder sessions;
    private final WriteObserver observer;
    private final StoreRounds rounds;
    private final Map<String, StoreCollection> opened = new ConcurrentHashMap<>();

    public StoreCollections(MongoDatabase db, SessionHolder sessions, WriteObserver observer, StoreRounds rounds) {
        this.db = db;
        this.sessions = sessions;
        this.observer = observer;
        this.rounds = rounds;
    }

    public StoreCollection named(String name) {
        return opened.computeIfAbsent(name, n -> new StoreCollection(db.getCollection(n), sessions, observer, rounds));
    }

    /**
     * The collection read from the primary whatever the connection string's read preference, outside any unit of work:
     * for a read that must see the latest acknowledged write, as a compare-and-set's is. Not for use in a unit of work:
     * it joins no session and shares no command.
     */
    public MongoCollection<Document> onPrimary(String name) {
        return db.getCollection(name).withReadPreference(ReadPreference.primary());
    }
}
