package dev.plara.mongo.collection;

import com.mongodb.MongoClientSettings;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentLimitTest {

    private static final CodecRegistry REGISTRY = MongoClientSettings.getDefaultCodecRegistry();
    private static final String[] CHARACTERS = {"a", "Z", "0", "é", "€", "中", "😀", "\u0000"};

    @Test
    void theBoundIsNeverBelowTheEncodedSize() {
        var random = new Random(20261207L);
        for (int i = 0; i < 500; i++) {
            var document = document(random, 0);
            assertThat(DocumentLimit.bound(document)).as("bound of %s", document).isGreaterThanOrEqualTo(encoded(document));
        }
    }

    @Test
    void aDocumentWhoseBoundPassesTheLimitIsMeasuredExactly() {
        var justUnder = new Document("_id", "a").append("payload", "x".repeat(DocumentLimit.BYTES - 100));
        var justOver = new Document("_id", "a").append("payload", "x".repeat(DocumentLimit.BYTES));

        assertThat(DocumentLimit.bound(justUnder)).isGreaterThan(DocumentLimit.BYTES);
        assertThat(DocumentLimit.fits(justUnder, REGISTRY)).isTrue();
        assertThat(DocumentLimit.fits(justOver, REGISTRY)).isFalse();
    }

    @Test
    void fewerCharactersThanTheLimitCanStillBeOverItInUtf8() {
        var euros = new Document("_id", "a").append("payload", "€".repeat(DocumentLimit.BYTES / 2));

        assertThat(DocumentLimit.fits(euros, REGISTRY)).isFalse();
    }

    @Test
    void aValueOfAnotherKindIsMeasuredByEncoding() {
        var small = new Document("_id", "a").append("bytes", new byte[16]);
        var large = new Document("_id", "a").append("bytes", new byte[DocumentLimit.BYTES]);

        assertThat(DocumentLimit.bound(small)).isEqualTo(DocumentLimit.UNKNOWN);
        assertThat(DocumentLimit.fits(small, REGISTRY)).isTrue();
        assertThat(DocumentLimit.fits(large, REGISTRY)).isFalse();
    }

    private static Document document(Random random, int depth) {
        var document = new Document();
        int fields = random.nextInt(8);
        for (int i = 0; i < fields; i++) {
            document.append(text(random, 12).replace("\u0000", ""), value(random, depth));
        }
        return document;
    }

    private static Object value(Random random, int depth) {
        return switch (random.nextInt(depth < 3 ? 12 : 10)) {
            case 0 -> null;
            case 1 -> random.nextBoolean();
            case 2 -> random.nextInt();
            case 3 -> random.nextLong();
            case 4 -> random.nextDouble();
            case 5 -> new Decimal128(random.nextLong());
            case 6 -> new Date(random.nextLong() >>> 20);
            case 7 -> Instant.ofEpochMilli(random.nextLong() >>> 20);
            case 8 -> new ObjectId();
            case 9 -> text(random, 200);
            case 10 -> document(random, depth + 1);
            default -> list(random, depth + 1);
        };
    }

    private static List<Object> list(Random random, int depth) {
        var list = new ArrayList<>();
        int size = random.nextInt(15);
        for (int i = 0; i < size; i++) {
            list.add(value(random, depth));
        }
        return list;
    }

    private static String text(Random random, int most) {
        var text = new StringBuilder();
        int length = random.nextInt(most);
        for (int i = 0; i < length; i++) {
            text.append(CHARACTERS[random.nextInt(CHARACTERS.length)]);
        }
        return text.toString();
    }

    private static int encoded(Document document) {
        try (var buffer = new BasicOutputBuffer(); var writer = new BsonBinaryWriter(buffer)) {
            REGISTRY.get(Document.class).encode(writer, document, EncoderContext.builder().build());
            return buffer.getPosition();
        }
    }
}
