package dev.plara.mongo.collection;

import org.bson.BsonBinaryWriter;
import org.bson.BsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;
import org.bson.io.BasicOutputBuffer;

/**
 * The store's limit on one document, 16 MiB of BSON: a write over it is refused as a whole command, so it must not
 * share one with others' writes.
 */
final class DocumentLimit {

    static final int BYTES = 16 * 1024 * 1024;

    private DocumentLimit() {
    }

    /** Whether {@code document}, encoded as the collection encodes it, is within the limit. */
    static boolean fits(Bson document, CodecRegistry registry) {
        var encoded = document.toBsonDocument(BsonDocument.class, registry);
        @SuppressWarnings("unchecked")
        var codec = (Codec<BsonDocument>) registry.get(encoded.getClass());
        try (var buffer = new BasicOutputBuffer(); var writer = new BsonBinaryWriter(buffer)) {
            codec.encode(writer, encoded, EncoderContext.builder().build());
            return buffer.getPosition() <= BYTES;
        }
    }
}
