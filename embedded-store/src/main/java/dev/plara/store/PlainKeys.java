package dev.plara.store;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The key of a document in an index whose keys are all plain field names ({@code {wallet: 1, walletSeq: 1}}, no
 * dotted path): the document's values of those fields, normalized, read straight from it. mongo-java-server's own
 * way ({@code Index.getKeyValues}) splits every path with a regular expression and collects the values in maps and
 * streams for each document, at every insert, update and check; it stays the way for dotted paths and arrays.
 */
final class PlainKeys {

    private static final Optional<Boolean> SAME = Optional.of(true);
    private static final Optional<Boolean> CHANGED = Optional.of(false);

    private final List<String> fields;
    /** Whether the index leaves out a document holding none of its fields (an explicit null is held). */
    private final boolean sparse;

    private PlainKeys(List<String> fields, boolean sparse) {
        this.fields = fields;
        this.sparse = sparse;
    }

    /** The plain fields of {@code keys}, or none when one of them is a path (or not a field name at all). */
    static PlainKeys of(List<IndexKey> keys, boolean sparse) {
        var fields = keys.stream().map(IndexKey::getKey).toList();
        boolean plain = fields.stream().allMatch(field -> !field.isEmpty() && !field.contains(".")
                && !field.startsWith("$"));
        return new PlainKeys(plain ? fields : List.of(), sparse);
    }

    /**
     * The one key of {@code document}, as mongo-java-server makes it; empty when this index has a path or the
     * document holds an array in a key (several keys then, made by mongo-java-server).
     */
    Optional<KeyValue> keyOf(Document document) {
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        var values = new Object[fields.size()];
        boolean normal = true;
        for (int i = 0; i < values.length; i++) {
            var value = document.getOrMissing(fields.get(i));
            if (value instanceof Collection<?>) {
                return Optional.empty();
            }
            values[i] = value instanceof Missing ? null : value;
            normal &= keptAsItIs(values[i]);
        }
        var key = new KeyValue(values);
        return Optional.of(normal ? key : key.normalized());
    }

    /** Whether the document's one key is read straight from it: this index has no path and it holds no array there. */
    boolean readsOneKey(Document document) {
        for (int i = 0; i < fields.size(); i++) {
            if (document.getOrMissing(fields.get(i)) instanceof Collection<?>) {
                return false;
            }
        }
        return !fields.isEmpty();
    }

    /**
     * Whether {@code before} and {@code after} have the same key, as mongo-java-server compares keys at each update
     * ({@code nullAwareEqualsKeys}); told without making the keys when every field holds the very same value, which an
     * update that leaves the indexed fields alone gives. For a sparse index, a document that holds none of the fields
     * has no key at all: one that holds some (if only an explicit null) has changed from or to it. Empty when this
     * index has a path or either holds an array.
     */
    Optional<Boolean> sameKey(Document before, Document after) {
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        boolean same = true;
        boolean heldBefore = false;
        boolean heldAfter = false;
        for (int i = 0; i < fields.size(); i++) {
            var old = before.getOrMissing(fields.get(i));
            var now = after.getOrMissing(fields.get(i));
            if (old instanceof Collection<?> || now instanceof Collection<?>) {
                return Optional.empty();
            }
            same &= Objects.equals(old, now);
            heldBefore |= !(old instanceof Missing);
            heldAfter |= !(now instanceof Missing);
        }
        if (sparse && heldBefore != heldAfter) {
            return CHANGED;
        }
        return same || keyOf(before).equals(keyOf(after)) ? SAME : CHANGED;
    }

    /**
     * Whether mongo-java-server's normalization of a key ({@code KeyValue.normalized}) keeps {@code value} as it is:
     * it makes a missing value null, a number a double (unless a long no double holds) and copies a subdocument, so a
     * key with none of those needs no pass of it (a stream and two more lists at every key read).
     */
    private static boolean keptAsItIs(Object value) {
        return value == null || value instanceof String || value instanceof Instant || value instanceof ObjectId
                || value instanceof Boolean;
    }
}
