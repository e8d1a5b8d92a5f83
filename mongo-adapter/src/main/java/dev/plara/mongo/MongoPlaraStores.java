package dev.plara.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import dev.plara.mongo.access.CachedCatalogStore;
import dev.plara.mongo.access.MongoCatalogStore;
import dev.plara.mongo.access.MongoGrantStore;
import dev.plara.mongo.access.MongoLegacyEntitlements;
import dev.plara.mongo.access.MongoSyncedCustomerStore;
import dev.plara.mongo.access.MongoUserStore;
import dev.plara.mongo.collection.StoreCollection;
import dev.plara.mongo.collection.WriteObserver;
import dev.plara.mongo.deposit.GridFsReceiptStore;
import dev.plara.mongo.deposit.MongoBankDepositStore;
import dev.plara.mongo.job.MongoJobLeases;
import dev.plara.mongo.ledger.MongoLedgerStore;
import dev.plara.mongo.message.MongoNotificationStore;
import dev.plara.mongo.message.MongoOutbox;
import dev.plara.mongo.message.MongoWebhookInbox;
import dev.plara.mongo.payment.MongoCheckoutClaims;
import dev.plara.mongo.payment.MongoCheckoutStore;
import dev.plara.mongo.payment.MongoProductOrderStore;
import dev.plara.mongo.payment.MongoReconciliationStore;
import dev.plara.mongo.payment.MongoUnmatchedPaymentStore;
import dev.plara.mongo.schema.MongoSchema;
import dev.plara.mongo.schema.MongoValidators;
import dev.plara.mongo.transaction.MongoUnitOfWork;
import dev.plara.mongo.transaction.ServerTopology;
import dev.plara.mongo.transaction.SessionHolder;
import dev.plara.wallet.core.port.out.CatalogStore;
import dev.plara.wallet.core.port.out.UnitOfWork;

import java.time.Clock;

/**
 * The entry point the app wires: every store port of the core on one MongoDB database, the unit of work, and the
 * repair that rolls every wallet cache forward to its entries.
 */
public final class MongoPlaraStores {

    private final MongoDatabase db;
    private final SessionHolder sessions = new SessionHolder();
    private final WriteObserver observer;
    private final MongoLedgerStore ledger;
    private final MongoUnitOfWork unitOfWork;
    private final CatalogStore catalog;
    private final MongoUserStore users;
    private final boolean validators;

    private MongoPlaraStores(MongoClient client, MongoDatabase db, boolean transactional, WriteObserver observer) {
        this.db = db;
        this.observer = observer;
        this.ledger = new MongoLedgerStore(collection(MongoSchema.LEDGER_ENTRIES), collection(MongoSchema.WALLETS));
        this.unitOfWork = new MongoUnitOfWork(client, sessions, transactional);
        this.users = new MongoUserStore(collection(MongoSchema.USERS));
        this.catalog = new CachedCatalogStore(new MongoCatalogStore(collection(MongoSchema.CATALOG)), Clock.systemUTC());
        MongoSchema.ensure(db);
        this.validators = MongoValidators.apply(db);
    }

    /**
     * Connects to {@code databaseName}, creating its collections and indexes if missing; with {@code ON}, refuses a
     * server that cannot run transactions, saying what to do instead.
     */
    public static MongoPlaraStores connect(MongoClient client, String databaseName, TransactionMode mode) {
        return connect(client, databaseName, mode, WriteObserver.NONE);
    }

    static MongoPlaraStores connect(MongoClient client, String databaseName, TransactionMode mode,
                                    WriteObserver observer) {
        boolean transactional = mode.useTransactions(ServerTopology.probe(client.getDatabase("admin")));
        return new MongoPlaraStores(client, client.getDatabase(databaseName), transactional, observer);
    }

    public MongoLedgerStore ledger() {
        return ledger;
    }

    public MongoCheckoutStore checkouts() {
        return new MongoCheckoutStore(collection(MongoSchema.CHECKOUTS));
    }

    public MongoCheckoutClaims checkoutClaims() {
        return new MongoCheckoutClaims(collection(MongoSchema.CHECKOUT_CLAIMS));
    }

    public MongoBankDepositStore bankDeposits() {
        return new MongoBankDepositStore(collection(MongoSchema.BANK_DEPOSITS));
    }

    public MongoLegacyEntitlements legacyEntitlements() {
        return new MongoLegacyEntitlements(collection(MongoSchema.ENTITLEMENTS));
    }

    public MongoGrantStore grants() {
        return new MongoGrantStore(collection(MongoSchema.GRANTS));
    }

    public MongoNotificationStore notifications() {
        return new MongoNotificationStore(collection(MongoSchema.NOTIFICATIONS));
    }

    /** The catalog, each item read kept for {@link CachedCatalogStore#TTL} (one instance, so a save is seen at once). */
    public CatalogStore catalog() {
        return catalog;
    }

    public MongoUnmatchedPaymentStore unmatchedPayments() {
        return new MongoUnmatchedPaymentStore(collection(MongoSchema.UNMATCHED_PAYMENTS),
                collection(MongoSchema.UNMATCHED_REFUNDS));
    }

    public MongoProductOrderStore productOrders() {
        return new MongoProductOrderStore(collection(MongoSchema.PRODUCT_ORDERS));
    }

    /** The users (one instance, so that a user remembered here is known to every service here). */
    public MongoUserStore users() {
        return users;
    }

    public MongoSyncedCustomerStore syncedCustomers() {
        return new MongoSyncedCustomerStore(collection(MongoSchema.SYNCED_CUSTOMERS));
    }

    public MongoOutbox outbox() {
        return new MongoOutbox(collection(MongoSchema.OUTBOX));
    }

    public MongoWebhookInbox webhookInbox() {
        return new MongoWebhookInbox(collection(MongoSchema.WEBHOOK_INBOX));
    }

    public MongoReconciliationStore reconciliations() {
        return new MongoReconciliationStore(collection(MongoSchema.RECONCILIATION_RUNS));
    }

    public MongoJobLeases jobLeases() {
        return new MongoJobLeases(collection(MongoSchema.JOB_LEASES));
    }

    public GridFsReceiptStore receipts() {
        return new GridFsReceiptStore(GridFSBuckets.create(db, MongoSchema.RECEIPTS_BUCKET),
                db.getCollection(GridFsReceiptStore.FILES));
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
     * Brings every wallet's cached balance to its latest entry, finishing whatever a crash (or a storage that lost
     * its last writes) left half done in the ledger, and answers how many caches it corrected. Safe to run at any
     * time, from any number of processes.
     */
    public long repair() {
        return ledger.repair();
    }

    private StoreCollection collection(String name) {
        return new StoreCollection(db.getCollection(name), sessions, observer);
    }
}
