package dev.plara.mongo.collection;

import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * The store's limit on one document, 16 MiB of BSON: a write over it is refused as a whole command, so it must not
 * share one with others' writes. A document is first bounded from its values without encoding it (every write of a
 * request is checked); only one whose bound passes the limit, or that holds a value the bound does not know, is
 * encoded to be measured.
 */
final class DocumentLimit {

    static final int BYTES = 16 * 1024 * 1024;
    /** A bound for a value of a kind not bounded here. */
    static final long UNKNOWN = Long.MAX_VALUE;
    /** A type byte and the most any fixed-size BSON value takes (a decimal128's 16 bytes). */
    private static final long FIXED = 1 + 16;

    private DocumentLimit() {
    }

    /** Whether {@code document}, encoded as the collection encodes it, is within the limit. */
    static boolean fits(Bson document, CodecRegistry registry) {
        return bound(document) <= BYTES || encodedSize(document, registry) <= BYTES;
    }

    /**
     * At least the BSON size of {@code value} with its type byte, or {@link #UNKNOWN} for a value of a kind not
     * bounded here: names and strings at 3 bytes per UTF-16 unit, the most UTF-8 takes.
     */
    static long bound(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Date || value instanceof Instant
                || value instanceof ObjectId || value instanceof Number number && isFixed(number)) {
            return FIXED;
        }
        if (value instanceof String text) {
            return FIXED + 3L * text.length();
        }
        if (value instanceof Map<?, ?> map) {
            return members(map.entrySet());
        }
        return value instanceof Iterable<?> list ? members(list) : UNKNOWN;
    }

    /** A document's or an array's members: each a type byte, a name ending in a zero byte, and its value. */
    private static long members(Iterable<?> members) {
        long size = FIXED;
        int index = 0;
        for (Object member : members) {
            Object name = index++;
            Object value = member;
            if (member instanceof Map.Entry<?, ?> entry) {
                name = entry.getKey();
                value = entry.getValue();
            }
            long inner = bound(value);
            if (inner == UNKNOWN || !(name instanceof String || name instanceof Integer)) {
                return UNKNOWN;
            }
            size += 3L * name.toString().length() + 1 + inner;
        }
        return size;
    }

    private static boolean isFixed(Number number) {
        return number instanceof Integer || number instanceof Long || number instanceof Double
                || number instanceof Decimal128;
    }

    private static int encodedSize(Bson document, CodecRegistry registry) {
        var encoded = document.toBsonDocument(BsonDocument.class, registry);
        @SuppressWarnings("unchecked")
        var codec = (Codec<BsonDocument>) registry.get(encoded.getClass());
        try (var buffer = new BasicOutputBuffer(); var writer = new BsonBinaryWriter(buffer)) {
            codec.encode(writer, encoded, EncoderContext.builder().build());
            return buffer.getPosition();
        }
    }
}
