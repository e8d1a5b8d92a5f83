package dev.plara.mongo.collection;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteConcernException;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteConcern;
import com.mongodb.WriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.BulkWriteUpsert;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * One collection's writes outside a unit of work, each kind ({@link Coalescer}) sharing a command with the same kind
 * sent concurrently: the inserts one unordered {@code insert}, the upserts one unordered {@code update}, the updates
 * acknowledged by the primary alone one unordered {@code w:1} update. Unordered, a shared command is the same as its
 * writes sent concurrently, each refused or not on its own: a refusal reaches its own caller only, as the
 * {@link MongoWriteException} a write sent alone gets. A write over the store's document limit, refused as a whole
 * command, goes alone ({@link DocumentLimit}).
 */
final class SharedWrites {

    /** The most writes one command carries. */
    static final int CAP = 128;

    private final CodecRegistry registry;
    private final Inserts alone;
    private final Updates upsertedAlone;
    private final Coalescer<Document, Boolean> inserts;
    private final Coalescer<UpdateOneModel<Document>, Boolean> upserts;
    private final Updates primaryOnlyAlone;
    private final Coalescer<UpdateOneModel<Document>, Boolean> primaryOnly;

    SharedWrites(MongoCollection<Document> raw, StoreRounds rounds) {
        this.registry = raw.getCodecRegistry();
        this.alone = new Inserts(raw);
        this.upsertedAlone = new Updates(raw);
        this.inserts = new Coalescer<>(alone, CAP, rounds);
        this.upserts = new Coalescer<>(upsertedAlone, CAP, rounds);
        this.primaryOnlyAlone = new Updates(raw.withWriteConcern(WriteConcern.W1));
        this.primaryOnly = new Coalescer<>(primaryOnlyAlone, CAP, rounds);
    }

    void insert(Document document) {
        if (DocumentLimit.fits(document, registry)) {
            inserts.submit(document);
        } else {
            alone.one(document);
        }
    }

    /** Upserts at the collection's write concern, answering whether it inserted. */
    boolean upsert(Bson filter, Bson update) {
        return upsert(filter, update, upserts, upsertedAlone);
    }

    /** Upserts acknowledged by the primary alone, answering whether it inserted. */
    boolean upsertAcknowledgedByPrimary(Bson filter, Bson update) {
        return upsert(filter, update, primaryOnly, primaryOnlyAlone);
    }

    private boolean upsert(Bson filter, Bson update, Coalescer<UpdateOneModel<Document>, Boolean> sharing,
                           Updates alone) {
        var upsert = new UpdateOneModel<Document>(filter, update, new UpdateOptions().upsert(true));
        return DocumentLimit.fits(update, registry) ? sharing.submit(upsert) : alone.one(upsert);
    }

    /** Updates acknowledged by the primary alone. */
    void updateAcknowledgedByPrimary(Bson filter, Bson update, UpdateOptions options) {
        primaryOnly.submit(new UpdateOneModel<>(filter, update, options));
    }

    private record Inserts(MongoCollection<Document> raw) implements BatchSender<Document, Boolean> {

        @Override
        public Boolean one(Document document) {
            raw.insertOne(document);
            return true;
        }

        @Override
        public List<Outcome<Boolean>> many(List<Document> documents) {
            try {
                raw.insertMany(documents, new InsertManyOptions().ordered(false));
                return each(documents.size(), null, index -> true);
            } catch (MongoBulkWriteException refused) {
                return each(documents.size(), refused, index -> true);
            }
        }
    }

    private record Updates(MongoCollection<Document> raw)
            implements BatchSender<UpdateOneModel<Document>, Boolean> {

        @Override
        public Boolean one(UpdateOneModel<Document> update) {
            return raw.updateOne(update.getFilter(), update.getUpdate(), update.getOptions()).getUpsertedId() != null;
        }

        @Override
        public List<Outcome<Boolean>> many(List<UpdateOneModel<Document>> updates) {
            try {
                return each(updates.size(), null, upserted(raw.bulkWrite(updates, new BulkWriteOptions().ordered(false))));
            } catch (MongoBulkWriteException refused) {
                return each(updates.size(), refused, upserted(refused.getWriteResult()));
            }
        }

        private static IntPredicate upserted(BulkWriteResult result) {
            Set<Integer> indexes = result.getUpserts().stream().map(BulkWriteUpsert::getIndex).collect(Collectors.toSet());
            return indexes::contains;
        }
    }

    /**
     * Each write's outcome by its index: refused with its own write error, failed with the command's write concern
     * error (it may or may not have been kept, as when sent alone), or done, answering {@code answer}.
     */
    private static List<Outcome<Boolean>> each(int size, MongoBulkWriteException refused, IntPredicate answer) {
        var outcomes = new ArrayList<Outcome<Boolean>>(size);
        for (int i = 0; i < size; i++) {
            outcomes.add(Outcome.of(answer.test(i)));
        }
        if (refused == null) {
            return outcomes;
        }
        if (refused.getWriteConcernError() != null) {
            var unsure = new MongoWriteConcernException(refused.getWriteConcernError(), null,
                    refused.getServerAddress(), refused.getErrorLabels());
            outcomes.replaceAll(done -> Outcome.failed(unsure));
        }
        refused.getWriteErrors().forEach(error -> outcomes.set(error.getIndex(), Outcome.failed(new MongoWriteException(
                new WriteError(error.getCode(), error.getMessage(), error.getDetails()), refused.getServerAddress(),
                refused.getErrorLabels()))));
        return outcomes;
    }
}
