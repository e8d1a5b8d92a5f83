package dev.plara.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A non-unique index kept in an H2 map: one entry per key of a document (one per array element, as MongoDB's multikey
 * indexes, {@link SecondaryEntries}), in MongoDB's value order ({@link KeyValueType}). It indexes every document, sparse
 * or not, and never plans a query by itself: {@link IndexedH2Collection} reads its positions ({@link PrefixPlan}) for a
 * query that pins its leading keys, and still matches each document against the whole query.
 */
final class BsonSecondaryIndex extends Index<Object> {

    private final MVMap<KeyValue, Object> entries;
    private final PlainKeys plainKeys;
    /** Whether a document was ever keyed more than once since the file opened (when its indexes were rebuilt). */
    private volatile boolean multikey;

    BsonSecondaryIndex(MVMap<KeyValue, Object> entries, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.entries = entries;
        this.plainKeys = PlainKeys.of(keys, false);
    }

    /** Its entries: a document's index values then its position, mapped to that position, in MongoDB's order. */
    MVMap<KeyValue, Object> entries() {
        return entries;
    }

    /** Whether each document has exactly one entry, so that entries can be counted for documents (see field). */
    boolean keysEachDocumentOnce() {
        return !multikey;
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        change(Set.of(), keysOf(document), position);
    }

    /**
     * The document's keys; a document of which mongo-java-server makes no key at all (an empty array on an indexed
     * path, which has no element to key) is keyed with null on that path, as MongoDB keys it as undefined, so every
     * document has an entry and a query pinning its other keys finds it. Built without touching the document: the
     * checks call this too, so nothing can fail after the collection has changed.
     */
    private Set<KeyValue> keysOf(Document document) {
        var keys = getKeyValues(document);
        if (!keys.isEmpty()) {
            return keys;
        }
        var values = new ArrayList<>();
        for (var key : keys()) {
            var value = Utils.getSubdocumentValueCollectionAware(document, key);
            values.add(value instanceof Collection<?> ? null : value);
        }
        return Set.of(new KeyValue(values).normalized());
    }

    /** The document's keys, read straight from it when this index's keys are plain fields ({@link PlainKeys}). */
    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        return plainKeys.keyOf(document).map(Set::of).orElseGet(() -> super.getKeyValues(document));
    }

    /** Removes the document's entries; its position is its {@code _id}, as in the collection's own map. */
    @Override
    public Object remove(Document document) {
        var position = Missing.ofNullable(document.get("_id"));
        change(keysOf(document), Set.of(), position);
        return position;
    }

    /**
     * Removes the entries of the keys the document no longer has and puts those of its new keys, no other: none when
     * the update kept its plain fields' values ({@link PlainKeys#sameKey}).
     */
    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
                              MongoCollection<Object> collection) {
        if (plainKeys.sameKey(oldDocument, newDocument).orElse(false)) {
            return;
        }
        change(keysOf(oldDocument), keysOf(newDocument), position);
    }

    /** Changes the entries of the document at {@code position} from those of keys {@code before} to {@code after}. */
    private void change(Set<KeyValue> before, Set<KeyValue> after, Object position) {
        multikey |= after.size() > 1;
        SecondaryEntries.change(entries, before, after, position);
    }

    /** Not the index of any one document: several may share its keys. */
    @Override
    public Object getPosition(Document document) {
        return null;
    }

    /**
     * Refuses a document MongoDB cannot index either (arrays in two keys of a compound index), before it is kept; one
     * without an array in its keys has a key ({@link PlainKeys#readsOneKey}).
     */
    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        if (!plainKeys.readsOneKey(document)) {
            keysOf(document);
        }
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        if (!plainKeys.readsOneKey(newDocument)) {
            keysOf(newDocument);
        }
    }

    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("planned by IndexedH2Collection");
    }

    @Override
    public long getCount() {
        return entries.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        entries.clear();
    }
}
