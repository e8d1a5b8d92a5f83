package dev.plara.store;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.ObjectId;
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
 * serialize both keys. The BSON is written and read value by value, with no document built on the way ({@link KeyBson}).
 */
final class KeyValueType extends BasicDataType<KeyValue> {

    private static final Comparator<Object> VALUES = ValueComparator.asc();
    private static final int MEMORY = 64;
    /** Whole numbers up to this magnitude are held as int once normalized: below it two doubles compare as such. */
    private static final double INT_RANGE = 0x1p31;

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
     * A key after every entry of {@code index} that begins with {@code prefix} (its keys' values, and a position in a
     * non-unique one's), and before every later one: the prefix, then MaxKey (the largest value) up to one more value
     * than an entry holds, so that an entry whose next value is MaxKey itself still comes before it.
     */
    static KeyValue afterPrefix(KeyValue prefix, Index<?> index) {
        var values = new ArrayList<>(prefix.stream().toList());
        while (values.size() <= index.getKeys().size() + 1) {
            values.add(MaxKey.getInstance());
        }
        return new KeyValue(values);
    }

    /**
     * MongoDB's order of two values, as mongo-java-server orders them: two strings, two whole numbers held as int or
     * long, two doubles within int's range (what an index holds for every number it normalized), two dates, two
     * ObjectIds, or two nulls (or missing values) are compared directly (the same answer its comparator gives after
     * ranking their types and normalizing the numbers, which took most of a lookup's time); anything else by that
     * comparator.
     */
    static int compareValues(Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (isWhole(a) && isWhole(b)) {
            return Long.compare(((Number) a).longValue(), ((Number) b).longValue());
        }
        if (a instanceof Double x && b instanceof Double y && withinInt(x) && withinInt(y)) {
            return x.doubleValue() == y.doubleValue() ? 0 : x < y ? -1 : 1;
        }
        if (a instanceof Instant x && b instanceof Instant y) {
            return x.compareTo(y);
        }
        if (a instanceof ObjectId x && b instanceof ObjectId y) {
            return x.compareTo(y);
        }
        if (Missing.isNullOrMissing(a) && Missing.isNullOrMissing(b)) {
            return 0;
        }
        return VALUES.compare(a, b);
    }

    /** Not NaN, and held as int when whole: the comparator then compares it as the double it is (-0 as 0). */
    private static boolean withinInt(double value) {
        return Math.abs(value) < INT_RANGE;
    }

    private static boolean isWhole(Object value) {
        return value instanceof Long || value instanceof Integer;
    }

    @Override
    public int getMemory(KeyValue key) {
        return MEMORY * key.size();
    }

    /** As BSON ({@link KeyBson}). */
    @Override
    public void write(WriteBuffer out, KeyValue key) {
        KeyBson.write(out, key);
    }

    @Override
    public KeyValue read(ByteBuffer in) {
        return KeyBson.read(in);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
