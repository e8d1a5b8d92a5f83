package dev.plara.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;

/**
 * The keys of an index in the H2 file: stored as one BSON document (field {@code v<i>} for the i-th value,
 * {@code m<i>} for a value the document does not have) and ordered value by value the way MongoDB orders values. H2's
 * default type orders objects it does not know by their Java serialization, so every comparison in a lookup used to
 * serialize both keys.
 */
final class KeyValueType extends BasicDataType<KeyValue> {

    private static final Comparator<Object> VALUES = ValueComparator.asc();
    private static final int MEMORY = 64;

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int common = Math.min(a.size(), b.size());
        for (int i = 0; i < common; i++) {
            int order = compareValues(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    /** Whether {@code key} begins with the values of {@code prefix}, equal in MongoDB's order. */
    static boolean startsWith(KeyValue key, KeyValue prefix) {
        if (key.size() < prefix.size()) {
            return false;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (compareValues(key.get(i), prefix.get(i)) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * MongoDB's order of two values, as mongo-java-server orders them: two strings, two whole numbers held as int or
     * long, or two dates are compared directly (the same answer its comparator gives after ranking their types and
     * normalizing the numbers, which took most of a lookup's time); anything else by that comparator.
     */
    static int compareValues(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (isWhole(a) && isWhole(b)) {
            return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
        }
        if (a instanceof Instant x && b instanceof Instant y) {
            return x.compareTo(y);
        }
        return VALUES.compare(a, b);
    }

    private static boolean isWhole(Object value) {
        return value instanceof Long || value instanceof Integer;
    }

    @Override
    public int getMemory(KeyValue key) {
        return MEMORY * key.size();
    }

    @Override
    public void write(WriteBuffer out, KeyValue key) {
        var values = new Document();
        for (int i = 0; i < key.size(); i++) {
            var value = key.get(i);
            if (value instanceof Missing) {
                values.put("m" + i, null);
            } else {
                values.put("v" + i, value);
            }
        }
        BsonDocumentType.writeBson(out, values, MEMORY * key.size());
    }

    @Override
    public KeyValue read(ByteBuffer in) {
        var values = new ArrayList<>();
        BsonDocumentType.readBson(in).forEach((name, value) ->
                values.add(name.startsWith("m") ? Missing.getInstance() : value));
        return new KeyValue(values);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
