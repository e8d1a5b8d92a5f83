package dev.plara.store;

import de.bwaldvogel.mongo.backend.Missing;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/** How mongo-java-server's updates compare the values they keep and which values they store as they are. */
final class UpdateValues {

    private UpdateValues() {
    }

    /**
     * Whether two values are alike as mongo-java-server compares the values an update keeps: numbers as numbers (1 and
     * 1.0 alike, a long no double holds only as itself), documents field by field in order, arrays element by element.
     */
    static boolean alike(Object one, Object other) {
        if (one instanceof Number a && other instanceof Number b) {
            return beyondDouble(a) || beyondDouble(b) ? a.equals(b)
                    : Double.compare(zeroed(a.doubleValue()), zeroed(b.doubleValue())) == 0;
        }
        if (one instanceof Map<?, ?> a && other instanceof Map<?, ?> b) {
            return a.size() == b.size() && alikeInOrder(a.entrySet(), b.entrySet());
        }
        if (one instanceof Collection<?> a && other instanceof Collection<?> b) {
            return a.size() == b.size() && alikeInOrder(a, b);
        }
        return Objects.equals(one, other);
    }

    private static boolean alikeInOrder(Collection<?> some, Collection<?> others) {
        var other = others.iterator();
        for (var a : some) {
            var b = other.next();
            boolean alike = a instanceof Map.Entry<?, ?> x && b instanceof Map.Entry<?, ?> y
                    ? x.getKey().equals(y.getKey()) && alike(x.getValue(), y.getValue()) : alike(a, b);
            if (!alike) {
                return false;
            }
        }
        return true;
    }

    private static boolean beyondDouble(Number number) {
        return number instanceof Long value && (long) (double) value != value;
    }

    private static double zeroed(double value) {
        return value == 0 ? 0.0 : value;
    }

    /** A value mongo-java-server stores as it is: neither null nor holding a name that starts with {@code $}. */
    static boolean storable(Object value) {
        if (value instanceof Map<?, ?> document) {
            for (var field : document.entrySet()) {
                if (field.getKey().toString().startsWith("$") || !storable(field.getValue())) {
                    return false;
                }
            }
        } else if (value instanceof Collection<?> values) {
            for (var element : values) {
                if (!storable(element)) {
                    return false;
                }
            }
        }
        return value != null && !(value instanceof Missing);
    }
}
