package dev.plara.mongo.collection;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Field;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.List;

/**
 * The store's own time read beside a document ({@code $$NOW} in an aggregation, MongoDB 4.2 and later), by a read
 * alone: what a lease timed by the store's clock is compared with, so that no server's clock is compared with another's.
 */
public final class StoreTime {

    private StoreTime() {
    }

    /**
     * The first document of {@code primary} (a collection read from the primary) matching {@code filter}, with the
     * store's time in {@code field}, or null when none matches.
     */
    public static Document beside(MongoCollection<Document> primary, Bson filter, String field) {
        return primary.aggregate(List.of(Aggregates.match(filter), Aggregates.limit(1),
                Aggregates.addFields(new Field<>(field, "$$NOW")))).first();
    }
}
