package dev.plara.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import dev.plara.mongo.schema.MongoSchema;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every document of every store collection, as comparable text; generated ObjectIds are left out. */
final class StoreSnapshot {

    private StoreSnapshot() {
    }

    static Map<String, List<String>> of(MongoDatabase db) {
        var snapshot = new TreeMap<String, List<String>>();
        for (String collection : MongoSchema.COLLECTIONS) {
            var documents = new ArrayList<String>();
            for (Document document : db.getCollection(collection).find().sort(Sorts.ascending("_id"))) {
                if (document.get("_id") instanceof ObjectId) {
                    document.remove("_id");
                }
                documents.add(document.toJson());
            }
            documents.sort(null);
            snapshot.put(collection, documents);
        }
        return snapshot;
    }
}
