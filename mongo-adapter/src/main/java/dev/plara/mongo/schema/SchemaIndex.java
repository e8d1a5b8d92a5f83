package dev.plara.mongo.schema;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.IndexOptions;
import org.bson.BsonDocument;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * One index of Plara's schema: all it can ask of a store is its name, keys, uniqueness and sparseness, so that it is
 * made alike by MongoDB (the driver's {@link #model()}) and by the embedded store's one-command schema
 * ({@link #description}): no option can be carried by one way and dropped by the other.
 */
record SchemaIndex(String name, Bson keys, boolean unique, boolean sparse) {

    /** As the driver's {@code createIndexes} takes it. */
    IndexModel model() {
        return new IndexModel(keys, new IndexOptions().name(name).unique(unique).sparse(sparse));
    }

    /** As a {@code createIndexes} command's {@code indexes} lists it. */
    Document description(CodecRegistry codecs) {
        var index = new Document("key", keys.toBsonDocument(BsonDocument.class, codecs)).append("name", name);
        if (unique) {
            index.append("unique", true);
        }
        if (sparse) {
            index.append("sparse", true);
        }
        return index;
    }
}
