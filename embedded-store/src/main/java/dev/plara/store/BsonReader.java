package dev.plara.store;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a document's BSON bytes into a new document, the one mongo-java-server's {@link BsonDecoder} makes, but each
 * field name from a cache the thread keeps (a collection's documents repeat the same few names; that decoder makes a
 * string of each), each string decoded straight from the bytes (that decoder copies them out first) and an array's
 * elements without a document of their own: documents, arrays and strings here, every other value by
 * mongo-java-server's decoder.
 */
final class BsonReader {

    private static final ThreadLocal<Names> NAMES = ThreadLocal.withInitial(Names::new);

    private BsonReader() {
    }

    /** The document {@code bson} holds. */
    static Document read(byte[] bson) {
        return document(Unpooled.wrappedBuffer(bson), NAMES.get());
    }

    private static Document document(ByteBuf in, Names names) {
        in.skipBytes(Integer.BYTES);
        var document = new Document();
        for (byte type = in.readByte(); type != 0; type = in.readByte()) {
            var name = names.read(in);
            if (document.put(name, value(type, in, names)) != null) {
                throw new IllegalArgumentException("the stored document holds the field " + name + " twice");
            }
        }
        return document;
    }

    private static List<Object> array(ByteBuf in, Names names) {
        in.skipBytes(Integer.BYTES);
        var elements = new ArrayList<>();
        for (byte type = in.readByte(); type != 0; type = in.readByte()) {
            in.skipBytes(in.bytesBefore((byte) 0) + 1);
            elements.add(value(type, in, names));
        }
        return elements;
    }

    private static Object value(byte type, ByteBuf in, Names names) {
        return switch (type) {
            case 2 -> string(in);
            case 3 -> document(in, names);
            case 4 -> array(in, names);
            default -> BsonDecoder.decodeValue(type, in);
        };
    }

    private static String string(ByteBuf in) {
        int length = in.readIntLE();
        var text = in.toString(in.readerIndex(), length - 1, StandardCharsets.UTF_8);
        in.skipBytes(length);
        return text;
    }

    /** The field names a thread read last, by a hash of their bytes: the name itself when its bytes come again. */
    private static final class Names {

        private static final int SLOTS = 256;

        private final byte[][] bytes = new byte[SLOTS][];
        private final String[] names = new String[SLOTS];

        String read(ByteBuf in) {
            var array = in.array();
            int from = in.arrayOffset() + in.readerIndex();
            int end = from;
            int hash = 0;
            for (; array[end] != 0; end++) {
                hash = 31 * hash + array[end];
            }
            int slot = (hash ^ hash >>> 8) & (SLOTS - 1);
            var known = bytes[slot];
            if (known == null || !Arrays.equals(known, 0, known.length, array, from, end)) {
                bytes[slot] = Arrays.copyOfRange(array, from, end);
                names[slot] = new String(array, from, end - from, StandardCharsets.UTF_8);
            }
            in.skipBytes(end - from + 1);
            return names[slot];
        }
    }
}
