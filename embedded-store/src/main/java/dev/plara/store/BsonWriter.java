package dev.plara.store;

import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a document as BSON, the very bytes mongo-java-server's {@link BsonEncoder} writes, but each name and string
 * straight into the buffer (that encoder copies each one into an array of its own first; here only one holding a
 * surrogate is): documents, arrays and strings here, every other value by mongo-java-server's encoder.
 */
final class BsonWriter {

    private static final byte STRING = 2;
    private static final byte DOCUMENT = 3;
    private static final byte ARRAY = 4;

    private BsonWriter() {
    }

    /** Appends {@code document} to {@code out}, its length first. */
    static void write(Map<String, ?> document, ByteBuf out) {
        int start = out.writerIndex();
        out.writeIntLE(0);
        for (var field : document.entrySet()) {
            var value = field.getValue();
            byte type = BsonEncoder.determineType(value);
            out.writeByte(type);
            utf8(field.getKey(), out);
            out.writeByte(0);
            value(type, value, out);
        }
        out.writeByte(0);
        out.setIntLE(start, out.writerIndex() - start);
    }

    @SuppressWarnings("unchecked")
    private static void value(byte type, Object value, ByteBuf out) {
        if (type == STRING) {
            int start = out.writerIndex();
            out.writeIntLE(0);
            int length = utf8(value.toString(), out);
            out.writeByte(0);
            out.setIntLE(start, length + 1);
        } else if (type == DOCUMENT && value instanceof Map<?, ?> document) {
            write((Map<String, ?>) document, out);
        } else if (type == ARRAY && value instanceof Collection<?> elements) {
            array(elements, out);
        } else {
            BsonEncoder.encodeValue(type, value, out);
        }
    }

    /** An array: a document whose names are the elements' positions, written as digits. */
    private static void array(Collection<?> elements, ByteBuf out) {
        int start = out.writerIndex();
        out.writeIntLE(0);
        int position = 0;
        for (var element : elements) {
            byte type = BsonEncoder.determineType(element);
            out.writeByte(type);
            digits(position++, out);
            out.writeByte(0);
            value(type, element, out);
        }
        out.writeByte(0);
        out.setIntLE(start, out.writerIndex() - start);
    }

    /**
     * Writes {@code text} as UTF-8, returning how many bytes: straight into the buffer, unless it holds a surrogate
     * (Netty writes a lone one otherwise than {@link String#getBytes}, the encoder's way, which writes {@code ?}).
     */
    private static int utf8(String text, ByteBuf out) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                var bytes = text.getBytes(StandardCharsets.UTF_8);
                out.writeBytes(bytes);
                return bytes.length;
            }
        }
        return out.writeCharSequence(text, StandardCharsets.UTF_8);
    }

    private static void digits(int number, ByteBuf out) {
        if (number >= 10) {
            digits(number / 10, out);
        }
        out.writeByte('0' + number % 10);
    }
}
