package dev.plara.mongo;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import dev.plara.wallet.core.domain.Receipt;
import dev.plara.wallet.core.domain.ReceiptRef;
import dev.plara.wallet.core.domain.ReceiptType;
import dev.plara.wallet.core.domain.UserId;
import dev.plara.wallet.core.port.out.ReceiptStore;
import org.bson.Document;
import org.bson.types.ObjectId;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * Transfer receipts in the GridFS bucket {@code receipts}; the reference is the file's ObjectId, the owner and type
 * ride in its metadata. Receipts are stored before the deposit that names them and never join a transaction.
 */
final class GridFsReceiptStore implements ReceiptStore {

    private final GridFSBucket bucket;

    GridFsReceiptStore(GridFSBucket bucket) {
        this.bucket = bucket;
    }

    @Override
    public ReceiptRef put(Receipt receipt, UserId owner) {
        var metadata = new Document("owner", owner.value()).append("type", receipt.type().name());
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
        var receipt = new Receipt(content.toByteArray(), ReceiptType.valueOf(metadata.getString("type")));
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

    private static Optional<ObjectId> objectId(ReceiptRef ref) {
        return ObjectId.isValid(ref.value()) ? Optional.of(new ObjectId(ref.value())) : Optional.empty();
    }
}
