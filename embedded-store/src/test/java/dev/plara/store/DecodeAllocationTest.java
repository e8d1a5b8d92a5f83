package dev.plara.store;

import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.Unpooled;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document the store reads is decoded from its BSON bytes into a new document, its field names from a cache the
 * thread keeps (a collection's documents repeat the same few), each string decoded once, an array without a document
 * of its own: the document mongo-java-server's decoder makes, value for value and in the same order.
 */
class DecodeAllocationTest {

    private static final int DECODES = 5_000;

    private final BsonDocumentType type = new BsonDocumentType();

    @Test
    void decodingADocumentAllocatesItsObjectsWithoutCopiesOfItsNames() {
        var bytes = type.stored(new Document("_id", "delivery:polar:1").append("status", "PENDING")
                .append("due", Instant.ofEpochMilli(1_700_000_000_000L)).append("endpoint", "hook3").append("tries", 2)
                .append("payload", new Document("type", "order.paid").append("order", "o1").append("amount", 1_250L))
                .append("tags", List.of("a", "b", "c")).append("note", "credit 1"));
        long perDecode = ThreadAllocation.perCall(DECODES, () -> type.document(bytes));

        assertThat(perDecode).as("bytes per decode of a document of %d bytes, 13 fields (1368; main at 19eabf2:"
                + " 2816)", bytes.length).isLessThan(2_000);
    }

    @Test
    void everyKindOfValueIsDecodedAsMongoJavaServerDecodesIt() {
        var document = new Document("_id", new ObjectId()).append("s", "naïve ☃ \uD83D\uDE00").append("empty", "")
                .append("i", 7).append("l", Long.MAX_VALUE).append("d", -0.0).append("b", true).append("n", null)
                .append("at", Instant.ofEpochMilli(1_700_000_000_000L)).append("u", UUID.randomUUID())
                .append("bin", new BinData(new byte[] {1, 2, 3})).append("list", List.of(1, "two", List.of(3.0)))
                .append("nested", new Document("ünï", new Document("deep", List.of())))
                .append("many", Arrays.asList(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, null, new Document("x", "y")));
        var bytes = type.stored(document);

        var ours = type.document(bytes);
        var theirs = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
        assertThat(ours).isEqualTo(theirs);
        assertThat(ours.toString()).isEqualTo(theirs.toString());
        assertThat(type.document(bytes)).as("names from the cache").isEqualTo(theirs);
    }
}
