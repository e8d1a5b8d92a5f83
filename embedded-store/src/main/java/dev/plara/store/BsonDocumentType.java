package dev.plara.store;

import de.bwaldvogel.mongo.bson.Document;
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

    /** Each thread's buffer to encode into, and the largest one it keeps. */
    private static final ThreadLocal<ByteBuf> ENCODE_BUFFERS = ThreadLocal.withInitial(() -> Unpooled.buffer(16 << 10));
    private static final int KEPT_ENCODE_BUFFER = 64 << 10;

    /** Documents encoded in this process, by whatever map or caller: counted where the encoder is called. */
    private static final LongAdder ENCODED = new LongAdder();

    private final LongAdder decoded = new LongAdder();

    /**
     * What a document costs the heap. H2 samples it ({@code isMemoryEstimationAllowed}, left on): a page's memory is
     * estimated from some of its documents' lengths, so the cache's size is an estimate too.
     */
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
        return encode(document);
    }

    @Override
    public Document document(Object stored) {
        decoded.increment();
        return BsonReader.read((byte[]) stored);
    }

    @Override
    public long size(Object stored) {
        return ((byte[]) stored).length;
    }

    /**
     * How many documents were encoded in this process, whoever asked ({@link #encode} is the one caller of the encoder:
     * a second encode anywhere shows), and how many this map's readers decoded (tests ask).
     */
    static long encoded() {
        return ENCODED.sum();
    }

    long decoded() {
        return decoded.sum();
    }

    /**
     * {@code document} as BSON, encoded into a buffer the thread keeps (up to {@link #KEPT_ENCODE_BUFFER} bytes: one
     * grown past that for a larger document is dropped) and copied out.
     */
    static byte[] encode(Document document) {
        ENCODED.increment();
        ByteBuf bson = ENCODE_BUFFERS.get().clear();
        try {
            BsonWriter.write(document, bson);
            var bytes = new byte[bson.readableBytes()];
            bson.readBytes(bytes);
            return bytes;
        } finally {
            if (bson.capacity() > KEPT_ENCODE_BUFFER) {
                ENCODE_BUFFERS.remove();
            }
        }
    }
}
