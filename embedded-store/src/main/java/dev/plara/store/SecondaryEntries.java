package dev.plara.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.MVMap;

import java.util.ArrayList;
import java.util.Set;

/**
 * The entries of a non-unique index ({@link BsonSecondaryIndex}): a document's index values followed by its position
 * ({@code _id}), so equal keys of several documents are distinct entries and each entry names its document itself.
 */
final class SecondaryEntries {

    private SecondaryEntries() {
    }

    /** The entry of a document at {@code position} for one of its keys. */
    static KeyValue entry(KeyValue key, Object position) {
        var values = new ArrayList<>(key.size() + 1);
        key.forEach(values::add);
        values.add(position);
        return new KeyValue(values);
    }

    /**
     * Changes the entries of the document at {@code position} in {@code entries} from those of its keys {@code before}
     * to those of {@code after}: removes the entries of the keys it no longer has and puts those of its new keys, no
     * other.
     */
    static void change(MVMap<KeyValue, Object> entries, Set<KeyValue> before, Set<KeyValue> after, Object position) {
        for (var key : before) {
            if (!after.contains(key)) {
                entries.remove(entry(key, position));
            }
        }
        for (var key : after) {
            if (!before.contains(key)) {
                entries.put(entry(key, position), position);
            }
        }
    }

    /** The position of the document an entry names: its last value. */
    static Object positionOf(Object entry) {
        var values = (KeyValue) entry;
        return values.get(values.size() - 1);
    }

    /** An entry's index values, without the position. */
    static KeyValue keyOf(Object entry) {
        var values = (KeyValue) entry;
        return new KeyValue(values.stream().limit(values.size() - 1L).toList());
    }
}
