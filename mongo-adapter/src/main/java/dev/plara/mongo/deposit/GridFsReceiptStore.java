package dev.plara.mongo.deposit;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.wallet.core.domain.deposit.Receipt;
import dev.plara.wallet.core.domain.deposit.ReceiptFormat;
import dev.plara.wallet.core.domain.deposit.ReceiptRef;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.ReceiptStore.StoredReceipt;
import dev.plara.wallet.core.port.out.ReceiptStore;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Transfer receipts in the GridFS bucket {@code receipts}; the reference is the file's ObjectId, the owner and type
 * ride in its metadata, and so does {@code unclaimedSince} until a deposit is known to name the receipt (a sparse
 * index keeps the sweep's search to those). Receipts are stored before the deposit that names them and never join a
 * transaction.
 */
public final class GridFsReceiptStore implements ReceiptStore {

    public static final String FILES = MongoSchema.RECEIPTS_BUCKET + ".files";
    public static final String UNCLAIMED_SINCE = "metadata.unclaimedSince";

    private final GridFSBucket bucket;
    private final MongoCollection<Document> files;

    public GridFsReceiptStore(GridFSBucket bucket, MongoCollection<Document> files) {
        this.bucket = bucket;
        this.files = files;
    }

    @Override
    public ReceiptRef put(Receipt receipt, UserId owner, Instant storedAt) {
        var metadata = new Document("owner", owner.value()).append("type", receipt.type().name())
                .append("unclaimedSince", DocumentValues.date(storedAt));
        ObjectId id = bucket.uploadFromStream("receipt", new ByteArrayInputStream(receipt.content()),
                new GridFSUploadOptions().metadata(metadata));
        return new ReceiptRef(id.toHexString());
    }

    @Override
    public Optional<StoredReceipt> get(ReceiptRef ref) {
        Optional<ObjectId> id = objectId(ref);
        GridFSFile file = id.map(found -> bucket.find(Filters.eq("_id", found)).first()).orElse(null);
        if (file == null) {
            return Optional.empty();
        }
        var content = new ByteArrayOutputStream();
        bucket.downloadToStream(file.getObjectId(), content);
        Document metadata = file.getMetadata();
        var receipt = new Receipt(content.toByteArray(), ReceiptFormat.valueOf(metadata.getString("type")));
        return Optional.of(new StoredReceipt(receipt, new UserId(metadata.getString("owner"))));
    }

    @Override
    public void delete(ReceiptRef ref) {
        objectId(ref).ifPresent(id -> {
            try {
                bucket.delete(id);
            } catch (MongoGridFSException unknown) {
                // Deleting a receipt that is not there leaves nothing to do.
            }
        });
    }

    @Override
    public void claim(ReceiptRef ref) {
        objectId(ref).ifPresent(id -> files.updateOne(Filters.eq("_id", id), Updates.unset(UNCLAIMED_SINCE)));
    }

    @Override
    public List<ReceiptRef> unclaimedBefore(Instant cutoff, int limit) {
        return bucket.find(Filters.lt(UNCLAIMED_SINCE, DocumentValues.date(cutoff))).sort(Sorts.ascending(UNCLAIMED_SINCE, "_id"))
                .limit(limit).map(file -> new ReceiptRef(file.getObjectId().toHexString())).into(new ArrayList<>());
    }

    private static Optional<ObjectId> objectId(ReceiptRef ref) {
        return ObjectId.isValid(ref.value()) ? Optional.of(new ObjectId(ref.value())) : Optional.empty();
    }
}
