package dev.plara.mongo.schema;

import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.plara.mongo.collection.DocumentValues;
import dev.plara.mongo.transaction.ServerTopology;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Defence in depth on servers that enforce validators: no entry moves a non-positive amount, and no debit but a
 * refund leaves its wallet below zero. Correctness never relies on these; servers without
 * {@code collMod} (mongo-java-server) simply go without, and one known to lack it is not asked.
 */
public final class MongoValidators {

    private static final Logger LOG = LoggerFactory.getLogger(MongoValidators.class);
    private static final int COMMAND_NOT_FOUND = 59;

    private MongoValidators() {
    }

    /** Applies the validators where the server supports them and says whether it did. */
    public static boolean apply(MongoDatabase db, ServerTopology server) {
        if (!server.mayHaveValidators()) {
            LOG.info("This server announces no sessions, so it is a stand-in for MongoDB without validators: the ledger"
                    + " stays correct without them.");
            return false;
        }
        var validators = Map.of(
                MongoSchema.LEDGER_ENTRIES, DocumentValues.allOf(Filters.gt("amount", 0L), Filters.gte("walletSeq", 1L),
                        Filters.or(Filters.gte("balanceAfter", 0L), Filters.eq("kind", "REFUND"),
                                Filters.regex("credit", "^wallet:"))));
        try {
            validators.forEach((collection, rule) -> collMod(db, collection, rule));
            return true;
        } catch (MongoCommandException e) {
            if (e.getErrorCode() != COMMAND_NOT_FOUND) {
                throw e;
            }
            LOG.info("This server has no collMod, so no validators: the ledger stays correct without them.");
            return false;
        }
    }

    private static void collMod(MongoDatabase db, String collection, Bson rule) {
        db.runCommand(new Document("collMod", collection)
                .append("validator", rule.toBsonDocument(Document.class, db.getCodecRegistry()))
                .append("validationLevel", "strict").append("validationAction", "error"));
    }
}
