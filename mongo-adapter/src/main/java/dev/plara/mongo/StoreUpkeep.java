package dev.plara.mongo;

import com.mongodb.client.MongoDatabase;
import dev.plara.mongo.access.MongoGrantStore;
import dev.plara.mongo.collection.StoreCollections;
import dev.plara.mongo.collection.StoreRounds;
import dev.plara.mongo.collection.WriteObserver;
import dev.plara.mongo.ledger.MongoLedgerStore;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.mongo.schema.MongoValidators;
import dev.plara.mongo.transaction.ServerTopology;
import dev.plara.mongo.transaction.SessionHolder;

/**
 * The store's start-up and maintenance work, each part of which may scan or build over a whole collection: creating
 * collections and indexes, applying the validators, filing grants an earlier version stored without their keys, and
 * the ledger repair's scan of every entry. It runs on its own database handle, from a client that may wait longer for
 * an answer than a request does.
 */
final class StoreUpkeep {

    private final MongoDatabase db;
    private final ServerTopology server;
    private final StoreCollections collections;
    private final MongoLedgerStore ledger;

    StoreUpkeep(MongoDatabase db, ServerTopology server, WriteObserver observer) {
        this.db = db;
        this.server = server;
        this.collections = new StoreCollections(db, new SessionHolder(), observer, StoreRounds.none());
        this.ledger = new MongoLedgerStore(collections.named(MongoSchema.LEDGER_ENTRIES),
                collections.named(MongoSchema.WALLETS));
    }

    /** Creates what is missing, applies the validators and files old grants; answers whether validators are enforced. */
    boolean prepare() {
        MongoSchema.ensure(db, server);
        boolean validators = MongoValidators.apply(db, server);
        new MongoGrantStore(collections.named(MongoSchema.GRANTS)).fileUnfiled();
        return validators;
    }

    /** Repairs {@code served}, the ledger requests use, with the scan and the corrections made here. */
    long repair(MongoLedgerStore served) {
        return served.repair(ledger);
    }
}
