package dev.plara.mongo.schema;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import dev.plara.mongo.deposit.GridFsReceiptStore;
import dev.plara.mongo.transaction.ServerTopology;
import org.bson.conversions.Bson;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates every collection and index the stores rely on, idempotently, at start. The unique indexes are the
 * compare-and-set of the whole adapter; sparse (not partial) ones because mongo-java-server ignores
 * {@code partialFilterExpression}, and a sparse unique index means the same on every server. The other indexes end
 * with the tie-breaker their listing sorts by, so a real server pages through them without sorting in memory.
 */
public final class MongoSchema {

    public static final String LEDGER_ENTRIES = "ledger_entries";
    public static final String WALLETS = "wallets";
    public static final String REFUND_TALLIES = "refund_tallies";
    public static final String CHECKOUTS = "checkouts";
    public static final String CHECKOUT_CLAIMS = "checkout_claims";
    public static final String BANK_DEPOSITS = "bank_deposits";
    public static final String ENTITLEMENTS = "entitlements";
    public static final String GRANTS = "grants";
    public static final String NOTIFICATIONS = "notifications";
    public static final String CATALOG = "catalog_items";
    public static final String UNMATCHED_PAYMENTS = "unmatched_payments";
    public static final String UNMATCHED_REFUNDS = "unmatched_refunds";
    public static final String PRODUCT_ORDERS = "product_orders";
    public static final String USERS = "users";
    public static final String SYNCED_CUSTOMERS = "synced_customers";
    public static final String OUTBOX = "outbox";
    public static final String WEBHOOK_INBOX = "webhook_inbox";
    public static final String RECONCILIATION_RUNS = "reconciliation_runs";
    public static final String JOB_LEASES = "job_leases";
    public static final String RECEIPTS_BUCKET = "receipts";

    public static final List<String> COLLECTIONS = List.of(LEDGER_ENTRIES, WALLETS, REFUND_TALLIES, CHECKOUTS,
            CHECKOUT_CLAIMS, BANK_DEPOSITS, ENTITLEMENTS, GRANTS, NOTIFICATIONS, CATALOG, UNMATCHED_PAYMENTS,
            PRODUCT_ORDERS, USERS, SYNCED_CUSTOMERS, OUTBOX, WEBHOOK_INBOX, RECONCILIATION_RUNS, UNMATCHED_REFUNDS, JOB_LEASES);

    private MongoSchema() {
    }

    /**
     * Creates what is missing: the collections without indexes, and every collection's indexes, which also creates a
     * missing collection; in one command on a {@code server} that announced it takes that (the embedded store),
     * elsewhere one command per collection ({@link SchemaCommands}).
     */
    public static void ensure(MongoDatabase db, ServerTopology server) {
        var indexes = new LinkedHashMap<String, List<SchemaIndex>>();
        ledgerIndexes(indexes);
        storeIndexes(indexes);
        var existing = db.listCollectionNames().into(new HashSet<>());
        var created = COLLECTIONS.stream().filter(name -> !existing.contains(name) && !indexes.containsKey(name))
                .toList();
        SchemaCommands.send(db, server, created, indexes);
    }

    /** The compare-and-set of every money movement, and the indexes its reads use. */
    private static void ledgerIndexes(Map<String, List<SchemaIndex>> indexes) {
        indexes.put(LEDGER_ENTRIES, List.of(
                unique("wallet_seq", Indexes.ascending("wallet", "walletSeq"), false),
                unique("one_credit_per_bank_code", Indexes.ascending("bankCode"), true),
                index("owner_history", Indexes.compoundIndex(Indexes.ascending("owner"),
                        Indexes.descending("recordedAt", "walletSeq", "_id")), false),
                index("unsettled", Indexes.ascending("unsettledSince"), true)));
        indexes.put(WALLETS, List.of(index("owner", Indexes.ascending("owner"), false)));
        indexes.put(REFUND_TALLIES, List.of(index("open", Indexes.ascending("open"), true)));
    }

    private static void storeIndexes(Map<String, List<SchemaIndex>> indexes) {
        indexes.put(BANK_DEPOSITS, List.of(
                unique("one_active_deposit_per_code", Indexes.ascending("activeCode"), true),
                index("review_queue", Indexes.ascending("status", "submittedAt", "_id"), false),
                index("user_deposits", Indexes.compoundIndex(Indexes.ascending("user"),
                        Indexes.descending("submittedAt", "_id")), false),
                index("receipt", Indexes.ascending("receipt"), false)));
        indexes.put(ENTITLEMENTS, List.of(
                unique("one_per_user_and_item", Indexes.ascending("user", "item"), false),
                index("source", Indexes.ascending("sourceRef"), false)));
        indexes.put(GRANTS, List.of(index("user_grants", Indexes.ascending("user", "_id"), false),
                index("user_opens", Indexes.ascending("user", "opens"), false)));
        indexes.put(NOTIFICATIONS, List.of(index("user_feed", Indexes.compoundIndex(Indexes.ascending("user"),
                Indexes.descending("createdAt", "_id")), false)));
        indexes.put(UNMATCHED_PAYMENTS, List.of(index("parked", Indexes.ascending("parkedAt", "_id"), false)));
        indexes.put(UNMATCHED_REFUNDS, List.of(index("by_order", Indexes.ascending("orderId", "heldAt"), false),
                index("held", Indexes.ascending("heldAt", "_id"), false)));
        indexes.put(PRODUCT_ORDERS, List.of(index("checkout", Indexes.ascending("checkoutId"), true),
                index("owner_orders", Indexes.compoundIndex(Indexes.ascending("owner"),
                        Indexes.descending("paidAt", "_id")), false)));
        indexes.put(OUTBOX, List.of(index("due", Indexes.ascending("status", "nextAttemptAt", "_id"), false)));
        indexes.put(WEBHOOK_INBOX, List.of(
                index("due", Indexes.ascending("status", "nextAttemptAt"), false),
                index("by_status", Indexes.compoundIndex(Indexes.ascending("status"),
                        Indexes.descending("receivedAt", "_id")), false)));
        indexes.put(RECONCILIATION_RUNS, List.of(index("newest_first", Indexes.descending("startedAt", "_id"), false)));
        indexes.put(GridFsReceiptStore.FILES,
                List.of(index("unclaimed", Indexes.ascending(GridFsReceiptStore.UNCLAIMED_SINCE), true)));
    }

    private static SchemaIndex unique(String name, Bson keys, boolean sparse) {
        return new SchemaIndex(name, keys, true, sparse);
    }

    private static SchemaIndex index(String name, Bson keys, boolean sparse) {
        return new SchemaIndex(name, keys, false, sparse);
    }
}
