package dev.plara.mongo;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import dev.plara.mongo.collection.StoreCollections;
import dev.plara.mongo.deposit.GridFsReceiptStore;
import dev.plara.mongo.deposit.MongoBankDepositStore;
import dev.plara.mongo.schema.MongoSchema;

/** The stores of bank deposits on one MongoDB database: the deposits, and their receipt files in GridFS. */
public final class MongoDepositStores {

    private final MongoDatabase db;
    private final StoreCollections collections;

    MongoDepositStores(MongoDatabase db, StoreCollections collections) {
        this.db = db;
        this.collections = collections;
    }

    public MongoBankDepositStore bankDeposits() {
        return new MongoBankDepositStore(collections.named(MongoSchema.BANK_DEPOSITS));
    }

    public GridFsReceiptStore receipts() {
        return new GridFsReceiptStore(GridFSBuckets.create(db, MongoSchema.RECEIPTS_BUCKET),
                db.getCollection(GridFsReceiptStore.FILES));
    }
}
