package dev.plara.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import org.h2.mvstore.MVMap;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** A unique index kept in an H2 map from its keys ({@link KeyValueType}) to the {@code _id} of their document. */
final class BsonUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<KeyValue, Object> positions;
    private final PlainKeys plainKeys;
    private final IndexKeyNames names;
    /** Whether a document was ever keyed more than once since the file opened (when its indexes were rebuilt). */
    private volatile boolean multikey;

    BsonUniqueIndex(MVMap<KeyValue, Object> positions, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.positions = positions;
        this.plainKeys = PlainKeys.of(keys, sparse);
        this.names = IndexKeyNames.of(keys);
    }

    /** Its entries: each document's index values, in MongoDB's order, mapped to the document's position. */
    MVMap<KeyValue, Object> positions() {
        return positions;
    }

    /** Whether every document has an entry: it is not sparse. */
    boolean keysEveryDocument() {
        return !isSparse();
    }

    /** Whether each document has at most one entry (no array in an indexed field so far, see field). */
    boolean keysEachDocumentOnce() {
        return !multikey;
    }

    /** An insert's plain key ({@link PlainKeys}) checked by one lookup; others, or one held, by mongo-java-server. */
    @Override
    public synchronized void checkAdd(Document document, MongoCollection<Object> collection) {
        var key = isSparse() ? Optional.<KeyValue>empty() : plainKeys.keyOf(document);
        if (key.isEmpty() || containsKey(key.get())) {
            super.checkAdd(document, collection);
        }
    }

    /** Nothing to check for a key kept; a new plain key by one lookup, which mongo-java-server checks when held. */
    @Override
    public synchronized void checkUpdate(Document oldDocument, Document newDocument,
                                         MongoCollection<Object> collection) {
        if (nullAwareEqualsKeys(oldDocument, newDocument)) {
            return;
        }
        var key = isSparse() ? Optional.<KeyValue>empty() : plainKeys.keyOf(newDocument);
        if (key.isEmpty() || getPosition(key.get()) != null) {
            super.checkUpdate(oldDocument, newDocument, collection);
        }
    }

    /** Whether an update kept the keys, told from plain fields ({@link PlainKeys}); never at a sparse index's path. */
    @Override
    protected boolean nullAwareEqualsKeys(Document oldDocument, Document newDocument) {
        var same = plainKeys.sameKey(oldDocument, newDocument);
        return same.isPresent() ? same.get() : !isSparse() && super.nullAwareEqualsKeys(oldDocument, newDocument);
    }

    @Override
    protected List<String> keys() {
        return names.list();
    }

    @Override
    protected Set<String> keySet() {
        return names.set();
    }

    /**
     * Puts the document's keys, which the collection checked just before ({@code checkAdd} at an insert,
     * {@code checkUpdate} at an update): mongo-java-server's own add checks them again, one more lookup for each. A
     * sparse index leaves out a document without its keys: mongo-java-server's add tells which.
     */
    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        var keys = getKeyValues(document);
        multikey |= keys.size() > 1;
        if (isSparse()) {
            super.add(document, position, collection);
            return;
        }
        for (var key : keys) {
            if (!putKeyPosition(key, position)) {
                throw new DuplicateKeyError(this, collection, getKeys(), key);
            }
        }
    }

    /**
     * Where a document the collection holds is: at its {@code _id} when that is a string or an ObjectId, its very key
     * in the collection's map (mongo-java-server looks the document up in every unique index at each update); any other
     * {@code _id} (a subdocument's copy is not the key H2 holds it at) and none (a system collection) looked up.
     */
    @Override
    public Object getPosition(Document document) {
        var id = document.get("_id");
        return id instanceof String || id instanceof ObjectId ? id : super.getPosition(document);
    }

    /** The document's keys, read straight from it when this index's keys are plain fields ({@link PlainKeys}). */
    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        return plainKeys.keyOf(document).map(Set::of).orElseGet(() -> super.getKeyValues(document));
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        return positions.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return positions.putIfAbsent(key, Objects.requireNonNull(position, "position")) == null;
    }

    @Override
    protected Iterable<Map.Entry<KeyValue, Object>> getIterable() {
        return positions.entrySet();
    }

    @Override
    protected Object getPosition(KeyValue key) {
        return positions.get(key);
    }

    @Override
    public long getCount() {
        return positions.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return positions.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
