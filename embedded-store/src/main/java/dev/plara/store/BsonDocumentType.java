package dev.plara.store;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.LongAdder;

/**
 * A collection's documents as H2 holds them in a file this store created: each one its BSON bytes, encoded once when a
 * command writes it ({@link #encode}) and decoded into a new object whenever one is read ({@link #decode}). H2 then
 * copies the bytes into the pages it saves, reads a page without decoding its documents, and sizes its cache by the
 * bytes it holds. The file keeps each document as the bytes the wire carries, each starting with its own length.
 */
final class BsonDocumentType extends BasicDataType<byte[]> implements StoredDocuments {

    /** What a byte array costs the heap besides its bytes: its header and length, and H2's reference to it. */
    static final int ARRAY_OVERHEAD = 24;

    private final LongAdder encoded = new LongAdder();
    private final LongAdder decoded = new LongAdder();

    @Override
    public int getMemory(byte[] document) {
        return document.length + ARRAY_OVERHEAD;
    }

    @Override
    public void write(WriteBuffer out, byte[] document) {
        out.put(document);
    }

    /** Reads one document's bytes, which start with their own length (little-endian), and moves past them. */
    @Override
    public byte[] read(ByteBuffer in) {
        var document = new byte[Integer.reverseBytes(in.getInt(in.position()))];
        in.get(document);
        return document;
    }

    @Override
    public byte[][] createStorage(int size) {
        return new byte[size][];
    }

    @Override
    public byte[] stored(Document document) {
        encoded.increment();
        return encode(document);
    }

    @Override
    public Document document(Object stored) {
        decoded.increment();
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer((byte[]) stored));
    }

    @Override
    public long size(Object stored) {
        return ((byte[]) stored).length;
    }

    /** How many documents this map's commands encoded, and how many its readers decoded (tests ask). */
    long encoded() {
        return encoded.sum();
    }

    long decoded() {
        return decoded.sum();
    }

    /** {@code document} as BSON. */
    static byte[] encode(Document document) {
        ByteBuf bson = Unpooled.buffer(512);
        BsonEncoder.encodeDocument(document, bson);
        var bytes = new byte[bson.readableBytes()];
        bson.readBytes(bytes);
        return bytes;
    }
}
