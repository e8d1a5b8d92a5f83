package dev.plara.store;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document is encoded into a buffer its thread keeps, then copied out as the bytes the store holds, its names and
 * strings written straight into the buffer: a buffer of its own, started at 512 bytes and doubled until the document
 * fit, cost a write 3.7 times the document's size, mongo-java-server's encoder (a copy of each name and string) 2, and
 * it now costs little more than the bytes the store holds. The bytes are mongo-java-server's, value for value.
 */
class EncodeBufferTest {

    private static final int ENCODES = 2_000;

    @Test
    void encodingADocumentAllocatesLittleMoreThanItsBytes() {
        var document = new Document("_id", "log:polar-order:1").append("type", "order.paid")
                .append("body", "x".repeat(2_700)).append("attempts", 0)
                .append("payload", new Document("order", "o1").append("items", List.of("a", "b", "c")));
        int size = BsonDocumentType.encode(document).length;
        long perEncode = ThreadAllocation.perCall(ENCODES, () -> BsonDocumentType.encode(document));
        assertThat(perEncode).as("bytes allocated to encode a document of %d bytes: the bytes copied out (main at"
                + " 19eabf2: 6520, with the encoder's own copy of each name and string)", size)
                .isLessThan(size + 200L);
    }

    @Test
    void everyKindOfValueIsEncodedAsMongoJavaServerEncodesIt() {
        var document = new Document("_id", new ObjectId()).append("s", "naïve ☃ \uD83D\uDE00").append("empty", "")
                .append("i", 7).append("l", Long.MAX_VALUE).append("d", -0.0).append("b", true).append("n", null)
                .append("at", Instant.ofEpochMilli(1_700_000_000_000L)).append("u", UUID.randomUUID())
                .append("bin", new BinData(new byte[] {1, 2, 3})).append("list", List.of(1, "two", List.of(3.0)))
                .append("set", Set.of("one")).append("nested", new Document("ünï", new Document("deep", List.of())))
                .append("many", Arrays.asList(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, null));
        var theirs = Unpooled.buffer();
        BsonEncoder.encodeDocument(document, theirs);

        assertThat(BsonDocumentType.encode(document)).isEqualTo(ByteBufUtil.getBytes(theirs));
    }

    @Test
    void aStringThatIsNotWellFormedUtf16IsEncodedAsMongoJavaServerEncodesIt() {
        for (var text : List.of("\uD800", "a\uD800", "\uD800a", "\uD800\u00E9", "\uD800\u4E2D", "\uDC00",
                "\uDC00\u00E9", "\uD800\uD800", "\uD800\uD800\uDC00", "\u00E9\u4E2D\uD83D\uDE00")) {
            var document = new Document("s", text).append(text, 1).append("a", List.of(text, new Document("t", text)));
            var theirs = Unpooled.buffer();
            BsonEncoder.encodeDocument(document, theirs);

            assertThat(BsonDocumentType.encode(document)).as("%s", text.chars().boxed().toList())
                    .isEqualTo(ByteBufUtil.getBytes(theirs));
        }
    }
}
