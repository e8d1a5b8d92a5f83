package dev.plara.mongo;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.gridfs.GridFSBuckets;
import dev.plara.wallet.core.port.out.BankDepositStore;
import dev.plara.wallet.core.port.out.CatalogStore;
import dev.plara.wallet.core.port.out.CheckoutStore;
import dev.plara.wallet.core.port.out.EntitlementStore;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.ProductOrderStore;
import dev.plara.wallet.core.port.out.ReceiptStore;
import dev.plara.wallet.core.port.out.ReconciliationStore;
import dev.plara.wallet.core.port.out.UnitOfWork;
import dev.plara.wallet.core.port.out.UnmatchedPaymentStore;
import dev.plara.wallet.core.port.out.UserStore;
import dev.plara.wallet.core.port.out.WebhookInbox;
import dev.plara.wallet.core.service.WalletStores;

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
    private final boolean validators;

    private MongoPlaraStores(MongoClient client, MongoDatabase db, boolean transactional, WriteObserver observer) {
        this.db = db;
        this.observer = observer;
        this.ledger = new MongoLedgerStore(collection(MongoSchema.LEDGER_ENTRIES), collection(MongoSchema.WALLETS));
        this.unitOfWork = new MongoUnitOfWork(client, sessions, transactional);
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

    public LedgerStore ledger() {
        return ledger;
    }

    public CheckoutStore checkouts() {
        return new MongoCheckoutStore(collection(MongoSchema.CHECKOUTS));
    }

    public BankDepositStore bankDeposits() {
        return new MongoBankDepositStore(collection(MongoSchema.BANK_DEPOSITS));
    }

    public EntitlementStore entitlements() {
        return new MongoEntitlementStore(collection(MongoSchema.ENTITLEMENTS));
    }

    public NotificationStore notifications() {
        return new MongoNotificationStore(collection(MongoSchema.NOTIFICATIONS));
    }

    public CatalogStore catalog() {
        return new MongoCatalogStore(collection(MongoSchema.CATALOG));
    }

    public UnmatchedPaymentStore unmatchedPayments() {
        return new MongoUnmatchedPaymentStore(collection(MongoSchema.UNMATCHED_PAYMENTS));
    }

    public ProductOrderStore productOrders() {
        return new MongoProductOrderStore(collection(MongoSchema.PRODUCT_ORDERS));
    }

    public UserStore users() {
        return new MongoUserStore(collection(MongoSchema.USERS));
    }

    public Outbox outbox() {
        return new MongoOutbox(collection(MongoSchema.OUTBOX));
    }

    public WebhookInbox webhookInbox() {
        return new MongoWebhookInbox(collection(MongoSchema.WEBHOOK_INBOX));
    }

    public ReconciliationStore reconciliations() {
        return new MongoReconciliationStore(collection(MongoSchema.RECONCILIATION_RUNS));
    }

    public ReceiptStore receipts() {
        return new GridFsReceiptStore(GridFSBuckets.create(db, MongoSchema.RECEIPTS_BUCKET),
                db.getCollection(GridFsReceiptStore.FILES));
    }

    /** Every store and the unit of work, as the core's {@code WalletCore} takes them. */
    public WalletStores walletStores() {
        return new WalletStores(ledger(), checkouts(), bankDeposits(), entitlements(), notifications(), catalog(),
                unmatchedPayments(), productOrders(), users(), outbox(), webhookInbox(), receipts(), reconciliations(),
                unitOfWork());
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

    /** Builds every secondary index again from the documents: for the embedded H2 file at start, never on MongoDB. */
    public void rebuildIndexes() {
        MongoSchema.rebuildIndexes(db);
    }

    private StoreCollection collection(String name) {
        return new StoreCollection(db.getCollection(name), sessions, observer);
    }
}
