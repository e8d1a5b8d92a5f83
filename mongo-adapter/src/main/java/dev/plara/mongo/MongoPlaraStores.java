package dev.plara.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import dev.plara.mongo.access.CachedCatalogStore;
import dev.plara.mongo.access.MongoCatalogStore;
import dev.plara.mongo.access.MongoGrantStore;
import dev.plara.mongo.access.MongoLegacyEntitlements;
import dev.plara.mongo.access.MongoSyncedCustomerStore;
import dev.plara.mongo.access.MongoUserStore;
import dev.plara.mongo.collection.StoreCollections;
import dev.plara.mongo.collection.StoreRounds;
import dev.plara.mongo.collection.WriteObserver;
import dev.plara.mongo.ledger.MongoLedgerStore;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.mongo.transaction.MongoUnitOfWork;
import dev.plara.mongo.transaction.ServerTopology;
import dev.plara.mongo.transaction.SessionHolder;
import dev.plara.wallet.core.port.out.CatalogStore;
import dev.plara.wallet.core.port.out.UnitOfWork;

import java.time.Clock;

/**
 * The entry point the app wires: every store port of the core on one MongoDB database, the unit of work, and the
 * repair that catches every wallet cache up with its entries. Opening it files the grants an earlier version stored
 * without their keys ({@link MongoGrantStore#fileUnfiled}); that and the repair are its {@link StoreUpkeep}.
 */
public final class MongoPlaraStores {

    private final MongoDatabase db;
    private final SessionHolder sessions = new SessionHolder();
    private final StoreCollections collections;
    private final MongoLedgerStore ledger;
    private final MongoUnitOfWork unitOfWork;
    private final CatalogStore catalog;
    private final MongoUserStore users;
    private final StoreUpkeep upkeep;
    private final boolean validators;

    private MongoPlaraStores(MongoClient client, MongoDatabase db, StoreUpkeep upkeep, boolean transactional,
                             WriteObserver observer, StoreRounds rounds) {
        this.db = db;
        this.collections = new StoreCollections(db, sessions, observer, rounds);
        this.ledger = new MongoLedgerStore(collections.named(MongoSchema.LEDGER_ENTRIES),
                collections.named(MongoSchema.WALLETS));
        this.unitOfWork = new MongoUnitOfWork(client, sessions, transactional);
        this.users = new MongoUserStore(collections.named(MongoSchema.USERS));
        this.catalog = new CachedCatalogStore(new MongoCatalogStore(collections.named(MongoSchema.CATALOG)),
                Clock.systemUTC());
        this.upkeep = upkeep;
        this.validators = upkeep.prepare();
    }

    /**
     * Connects to {@code databaseName}, creating its collections and indexes if missing; with {@code ON}, refuses a
     * server that cannot run transactions, saying what to do instead.
     */
    public static MongoPlaraStores connect(MongoClient client, String databaseName, TransactionMode mode) {
        return connect(client, client, databaseName, mode, WriteObserver.NONE, StoreRounds.none());
    }

    /**
     * As {@link #connect(MongoClient, String, TransactionMode)}, with the start-up work and the repair ({@link
     * StoreUpkeep}) run through {@code maintenance}: a client that waits longer for an answer than requests do; and
     * the commands of the threads that {@linkplain StoreRounds#enter entered} {@code rounds} sent in its rounds.
     */
    public static MongoPlaraStores connect(MongoClient client, MongoClient maintenance, String databaseName,
                                           TransactionMode mode, StoreRounds rounds) {
        return connect(client, maintenance, databaseName, mode, WriteObserver.NONE, rounds);
    }

    static MongoPlaraStores connect(MongoClient client, MongoClient maintenance, String databaseName,
                                    TransactionMode mode, WriteObserver observer, StoreRounds rounds) {
        var server = ServerTopology.probe(client.getDatabase("admin"));
        return new MongoPlaraStores(client, client.getDatabase(databaseName),
                new StoreUpkeep(maintenance.getDatabase(databaseName), server, observer), mode.useTransactions(server),
                observer, rounds);
    }

    public MongoLedgerStore ledger() {
        return ledger;
    }

    public MongoLegacyEntitlements legacyEntitlements() {
        return new MongoLegacyEntitlements(collections.named(MongoSchema.ENTITLEMENTS));
    }

    public MongoGrantStore grants() {
        return new MongoGrantStore(collections.named(MongoSchema.GRANTS));
    }

    /** The catalog, each item read kept for {@link CachedCatalogStore#TTL} (one instance, so a save is seen at once). */
    public CatalogStore catalog() {
        return catalog;
    }

    /** The users (one instance, so that a user remembered here is known to every service here). */
    public MongoUserStore users() {
        return users;
    }

    public MongoSyncedCustomerStore syncedCustomers() {
        return new MongoSyncedCustomerStore(collections.named(MongoSchema.SYNCED_CUSTOMERS));
    }

    /** The stores of payments: checkouts and their claims, product orders, unmatched payments, refund tallies. */
    public MongoPaymentStores payments() {
        return new MongoPaymentStores(collections);
    }

    /** The stores of Plara's own running: messages in and out, reconciliation runs, job leases. */
    public MongoOperationStores operations() {
        return new MongoOperationStores(collections);
    }

    /** The stores of bank deposits: the deposits and their receipt files. */
    public MongoDepositStores deposits() {
        return new MongoDepositStores(db, collections);
    }

    /** Runs groups of writes in one transaction where the server can, plainly where it cannot. */
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** Whether units of work run inside transactions on this server. */
    public boolean transactional() {
        return unitOfWork.transactional();
    }

    /** Whether the server enforces the defensive validators (correctness never depends on them). */
    public boolean validatorsEnforced() {
        return validators;
    }

    /**
     * Brings to its latest entry every wallet's cached balance that is not where appends leave it (it moves every few
     * entries, so it may be a few behind), finishing whatever a crash (or a storage that lost its last writes) left
     * half done in the ledger, and answers how many caches it corrected. Safe to run at any time, from any number of
     * processes.
     */
    public long repair() {
        return upkeep.repair(ledger);
    }

    /**
     * What a running server repairs in the background: the caches a crash or a lost write since the start can have
     * left behind, read alone ({@link MongoLedgerStore#repairUnsettled}); {@link #repair} reads every wallet.
     */
    public long repairUnsettled() {
        return ledger.repairUnsettled();
    }
}
