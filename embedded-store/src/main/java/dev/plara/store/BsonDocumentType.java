package dev.plara.store;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Documents kept in the H2 file as BSON, the bytes they travel in over the wire, instead of H2's default Java
 * serialization of mongo-java-server's document objects, which costs several times as much to write and read at every
 * page H2 saves or loads. Sized for H2's page accounting by a running average of what it wrote, as H2's own type does.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    private volatile int averageSize = 512;

    @Override
    public int getMemory(Document document) {
        return averageSize;
    }

    @Override
    public void write(WriteBuffer out, Document document) {
        averageSize = (averageSize * 15 + writeBson(out, document, averageSize * 2)) / 16;
    }

    @Override
    public Document read(ByteBuffer in) {
        return readBson(in);
    }

    /** Writes {@code document} as BSON and returns how many bytes that took. */
    static int writeBson(WriteBuffer out, Map<String, ?> document, int expectedSize) {
        ByteBuf bson = encode(document, expectedSize);
        int size = bson.readableBytes();
        out.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), size);
        return size;
    }

    /** How many bytes {@code document} takes as BSON. */
    static int encodedSize(Document document) {
        return encode(document, 512).readableBytes();
    }

    private static ByteBuf encode(Map<String, ?> document, int expectedSize) {
        ByteBuf bson = Unpooled.buffer(expectedSize);
        BsonEncoder.encodeDocument(document, bson);
        return bson;
    }

    /** Reads one BSON document, which starts with its own length (little-endian), and moves past it. */
    static Document readBson(ByteBuffer in) {
        int size = Integer.reverseBytes(in.getInt(in.position()));
        var bson = in.slice();
        bson.limit(size);
        in.position(in.position() + size);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
