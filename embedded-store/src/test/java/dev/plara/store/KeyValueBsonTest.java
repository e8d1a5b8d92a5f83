package dev.plara.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Index keys written value by value are byte for byte the BSON document files already hold ({@code {v0: value, m1:
 * null}}, encoded as a document), so files of earlier builds open and sort as before, and they read back as the very
 * values (strings, numbers, dates, ObjectIds, booleans, subdocuments, arrays, UUIDs), a missing value as missing and
 * a null as null.
 */
class KeyValueBsonTest {

    private final Random random = new Random(1207);
    private final KeyValueType type = new KeyValueType();

    @Test
    void keysAreTheBsonDocumentsFilesHoldAndReadBackAsTheyWere() {
        for (int i = 0; i < 20_000; i++) {
            var values = new ArrayList<>();
            int size = 1 + random.nextInt(12);
            for (int v = 0; v < size; v++) {
                values.add(value());
            }
            var key = new KeyValue(values);

            var written = new WriteBuffer(16);
            type.write(written, key);
            var bytes = bytes(written);

            assertThat(bytes).as("%s", key).isEqualTo(asDocument(key));
            assertThat(type.read(java.nio.ByteBuffer.wrap(bytes))).as("%s", key).isEqualTo(key);
        }
    }

    /**
     * A page read decodes every key it holds: a key's values are made, and no name of a value (each {@code v<i>} or
     * {@code m<i>} is only told apart by its first letter).
     */
    @Test
    void keysAreReadWithoutMakingTheirValuesNames() {
        int keys = 10_000;
        var out = new WriteBuffer(keys * 64);
        for (int i = 0; i < keys; i++) {
            type.write(out, new KeyValue("w" + i % 10, i, Missing.getInstance()));
        }
        var bytes = bytes(out);
        var read = new ArrayList<KeyValue>(keys);
        var in = java.nio.ByteBuffer.wrap(bytes);
        long before = ThreadAllocation.bytes();
        for (int i = 0; i < keys; i++) {
            read.add(type.read(in));
        }
        long perKey = (ThreadAllocation.bytes() - before) / keys;
        assertThat(read.get(keys - 1)).isEqualTo(new KeyValue("w9", keys - 1, Missing.getInstance()));
        assertThat(perKey).as("bytes per key of a string, an int and a missing value read: its values, the key, its"
                + " lists and buffer (359; main at 99daec0: 527, with a string of each value's name)").isLessThan(420);
    }

    /** A checkpoint writes every key of every page it touches: an ASCII string goes into H2's buffer as it is. */
    @Test
    void keysOfAsciiStringsAreWrittenWithoutCopyingTheirBytes() {
        int keys = 10_000;
        var written = new ArrayList<KeyValue>();
        for (int i = 0; i < keys; i++) {
            written.add(new KeyValue("log:polar-order:" + i, "PENDING"));
        }
        var out = new WriteBuffer(keys * 64);
        long before = ThreadAllocation.bytes();
        for (var key : written) {
            type.write(out, key);
        }
        assertThat(ThreadAllocation.bytes() - before).as("bytes allocated writing %d keys of two strings", keys)
                .isLessThan(keys);
    }

    /** How earlier builds wrote a key: a document, {@code v<i>} for a value, {@code m<i>: null} for a missing one. */
    private static byte[] asDocument(KeyValue key) {
        var document = new Document();
        for (int i = 0; i < key.size(); i++) {
            if (key.get(i) instanceof Missing) {
                document.put("m" + i, null);
            } else {
                document.put("v" + i, key.get(i));
            }
        }
        return BsonDocumentType.encode(document);
    }

    private static byte[] bytes(WriteBuffer out) {
        var buffer = out.getBuffer();
        return Arrays.copyOf(buffer.array(), buffer.position());
    }

    private Object value() {
        return switch (random.nextInt(13)) {
            case 0 -> Missing.getInstance();
            case 1 -> null;
            case 2 -> random.nextDouble() * 100;
            case 3 -> Long.MAX_VALUE - random.nextInt(3);
            case 4 -> "käy " + random.nextInt(1000) + "\uD83D\uDE00";
            case 5 -> Instant.ofEpochMilli(random.nextLong() >> 20);
            case 6 -> new ObjectId();
            case 7 -> new Document("x", random.nextInt()).append("y", List.of(1.5, "z"));
            case 8 -> random.nextInt();
            case 9 -> List.of("a", random.nextInt(3));
            case 10 -> java.util.UUID.randomUUID();
            case 11 -> "log:polar-order:" + random.nextInt(1000);
            default -> random.nextBoolean();
        };
    }
}
