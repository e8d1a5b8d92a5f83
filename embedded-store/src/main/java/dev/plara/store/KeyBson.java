package dev.plara.store;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;

/**
 * An index key as the H2 file holds it: one BSON document, field {@code v<i>} for the i-th value and {@code m<i>}
 * (null) for a value the document does not have. Written straight into H2's buffer, value by value, for the values keys
 * mostly hold (strings, numbers, dates, ObjectIds, nulls), and through mongo-java-server's encoder for the others; the
 * bytes are the very ones encoding such a document gives (a checkpoint writes every key of every page it touches).
 */
final class KeyBson {

    private KeyBson() {
    }

    static void write(WriteBuffer out, KeyValue key) {
        int start = out.position();
        out.putInt(0);
        for (int i = 0; i < key.size(); i++) {
            var value = key.get(i);
            if (value instanceof Missing || value == null) {
                name(out.put(BsonConstants.TYPE_NULL), value == null ? 'v' : 'm', i);
            } else if (value instanceof String text) {
                string(name(out.put(BsonConstants.TYPE_UTF8_STRING), 'v', i), text);
            } else if (value instanceof Double number) {
                name(out.put(BsonConstants.TYPE_DOUBLE), 'v', i);
                out.putLong(Long.reverseBytes(Double.doubleToRawLongBits(number)));
            } else if (value instanceof Long number) {
                name(out.put(BsonConstants.TYPE_INT64), 'v', i).putLong(Long.reverseBytes(number));
            } else if (value instanceof Integer number) {
                name(out.put(BsonConstants.TYPE_INT32), 'v', i).putInt(Integer.reverseBytes(number));
            } else if (value instanceof Instant date) {
                name(out.put(BsonConstants.TYPE_UTC_DATETIME), 'v', i).putLong(Long.reverseBytes(date.toEpochMilli()));
            } else if (value instanceof ObjectId id) {
                name(out.put(BsonConstants.TYPE_OBJECT_ID), 'v', i).put(id.toByteArray());
            } else {
                encoded(out, value, i);
            }
        }
        out.put(BsonConstants.TERMINATING_BYTE);
        out.putInt(start, Integer.reverseBytes(out.position() - start));
    }

    /** A key as {@link #write} wrote it; a value's name is told by its first letter alone (no string made of it). */
    static KeyValue read(ByteBuffer in) {
        int size = Integer.reverseBytes(in.getInt(in.position()));
        var bson = Unpooled.wrappedBuffer(in.slice().limit(size));
        in.position(in.position() + size);
        bson.skipBytes(Integer.BYTES);
        var values = new ArrayList<>(4);
        for (byte type = bson.readByte(); type != BsonConstants.TERMINATING_BYTE; type = bson.readByte()) {
            boolean missing = bson.readByte() == 'm';
            bson.skipBytes(bson.bytesBefore(BsonConstants.STRING_TERMINATION) + 1);
            var value = BsonDecoder.decodeValue(type, bson);
            values.add(missing ? Missing.getInstance() : value);
        }
        return new KeyValue(values);
    }

    /**
     * A BSON string: its length, its UTF-8 bytes and a zero. An ASCII one is written as it is, char by char (H2's own
     * string writing gives these very bytes for ASCII, and no copy of it); any other is encoded first.
     */
    private static void string(WriteBuffer out, String text) {
        if (ascii(text)) {
            out.putInt(Integer.reverseBytes(text.length() + 1)).putStringData(text, text.length());
        } else {
            var bytes = text.getBytes(StandardCharsets.UTF_8);
            out.putInt(Integer.reverseBytes(bytes.length + 1)).put(bytes);
        }
        out.put(BsonConstants.STRING_TERMINATION);
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Any other value, by mongo-java-server's encoder. */
    private static void encoded(WriteBuffer out, Object value, int i) {
        byte type = BsonEncoder.determineType(value);
        name(out.put(type), 'v', i);
        var bson = Unpooled.buffer();
        BsonEncoder.encodeValue(type, value, bson);
        out.put(bson.array(), bson.arrayOffset(), bson.writerIndex());
    }

    private static WriteBuffer name(WriteBuffer out, char kind, int i) {
        out.put((byte) kind);
        if (i < 10) {
            out.put((byte) ('0' + i));
        } else {
            out.put(Integer.toString(i).getBytes(StandardCharsets.US_ASCII));
        }
        return out.put(BsonConstants.STRING_TERMINATION);
    }
}
