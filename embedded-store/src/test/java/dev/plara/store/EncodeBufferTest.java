package dev.plara.store;

import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A document is encoded into a buffer its thread keeps, then copied out as the bytes the store holds: a buffer of its
 * own, started at 512 bytes and doubled until the document fit, cost a write 3.7 times the document's size, where it
 * now costs 2 (the bytes the store holds and the encoder's own copy of each string).
 */
class EncodeBufferTest {

    private static final int ENCODES = 2_000;

    @Test
    void encodingADocumentAllocatesLittleMoreThanItsBytes() {
        var document = new Document("_id", "log:polar-order:1").append("type", "order.paid")
                .append("body", "x".repeat(2_700)).append("attempts", 0);
        int size = BsonDocumentType.encode(document).length;
        long before = ThreadAllocation.bytes();
        for (int i = 0; i < ENCODES; i++) {
            BsonDocumentType.encode(document);
        }
        long perEncode = (ThreadAllocation.bytes() - before) / ENCODES;
        assertThat(perEncode).as("bytes allocated to encode a document of %d bytes: the bytes copied out, and the"
                + " encoder's own copy of each string", size).isLessThan(size * 5L / 2);
    }
}
