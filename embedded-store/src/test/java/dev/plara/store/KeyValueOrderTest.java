package dev.plara.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Index keys compare exactly as mongo-java-server orders values, whatever shortcut the key type takes for the values
 * most keys hold (strings, whole numbers, normalized doubles, dates, ObjectIds, nulls): drawn pairs of strings with
 * characters from every plane, whole numbers near the edges of int, long and double precision, doubles whole or halved
 * near int's edges, -0 and NaN, dates apart by less than a millisecond, missing values and nulls, and mixed kinds.
 */
class KeyValueOrderTest {

    private static final int PAIRS = 200_000;

    private final Random random = new Random(20261206);
    private final KeyValueType type = new KeyValueType();

    @Test
    void keysCompareAsMongoJavaServerOrdersTheirValues() {
        var reference = ValueComparator.asc();
        for (int i = 0; i < PAIRS; i++) {
            Object a = value(), b = random.nextInt(8) == 0 ? a : value();
            var left = new KeyValue(a, "x");
            var right = new KeyValue(b, "x");

            assertThat(Integer.signum(type.compare(left, right)))
                    .as("%s (%s) against %s (%s)", a, kind(a), b, kind(b))
                    .isEqualTo(Integer.signum(reference.compare(a, b)));
        }
    }

    private Object value() {
        return switch (random.nextInt(11)) {
            case 0, 1 -> string();
            case 2 -> random.nextInt();
            case 3 -> edge() + random.nextInt(5) - 2;
            case 4 -> (long) random.nextInt(1000);
            case 5 -> random.nextBoolean() ? (double) random.nextInt(1000) : random.nextDouble() * 1000;
            case 6 -> random.nextInt(4) == 0 ? Missing.getInstance()
                    : Instant.ofEpochSecond(random.nextInt(100), random.nextInt(3) * 500_000);
            case 7 -> random.nextBoolean() ? (Object) (int) (edge() >> 1) : (Object) string().length();
            case 8 -> normalizedDouble();
            case 9 -> random.nextBoolean() ? null : new ObjectId();
            default -> random.nextBoolean() ? -0.0 : Double.NaN;
        };
    }

    private static String kind(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }

    /** A number as an index holds it once normalized: a double, whole or not, near int's edges or small. */
    private double normalizedDouble() {
        double[] bases = {0x1p31, -0x1p31, 0, 1L << 53, 1e300};
        double base = bases[random.nextInt(bases.length)];
        return base + (random.nextInt(9) - 4) * (random.nextBoolean() ? 0.5 : 1);
    }

    private long edge() {
        long[] edges = {Integer.MAX_VALUE, Integer.MIN_VALUE, 1L << 53, -(1L << 53), Long.MAX_VALUE, Long.MIN_VALUE, 0};
        return edges[random.nextInt(edges.length)];
    }

    private String string() {
        var text = new StringBuilder();
        int length = random.nextInt(6);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(4)) {
                case 0 -> text.append((char) ('a' + random.nextInt(3)));
                case 1 -> text.append((char) (0xE000 + random.nextInt(0x2000)));
                case 2 -> text.appendCodePoint(0x10000 + random.nextInt(0x1000));
                default -> text.append((char) random.nextInt(0x800));
            }
        }
        return text.toString();
    }
}
