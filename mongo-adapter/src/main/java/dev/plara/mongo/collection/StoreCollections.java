package dev.plara.mongo.collection;

import com.mongodb.client.MongoDatabase;
import dev.plara.mongo.transaction.SessionHolder;

/** Opens the collections of one database as {@link StoreCollection}s sharing one session holder and write observer. */
public final class StoreCollections {

    private final MongoDatabase db;
    private final SessionHolder sessions;
    private final WriteObserver observer;

    public StoreCollections(MongoDatabase db, SessionHolder sessions, WriteObserver observer) {
        this.db = db;
        this.sessions = sessions;
        this.observer = observer;
    }

    public StoreCollection named(String name) {
        return new StoreCollection(db.getCollection(name), sessions, observer);
    }
}
