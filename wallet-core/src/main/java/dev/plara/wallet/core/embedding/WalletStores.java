package dev.plara.wallet.core.embedding;

import dev.plara.wallet.core.port.out.BankDepositStore;
import dev.plara.wallet.core.port.out.CatalogStore;
import dev.plara.wallet.core.port.out.CheckoutClaims;
import dev.plara.wallet.core.port.out.CheckoutStore;
import dev.plara.wallet.core.port.out.GrantStore;
import dev.plara.wallet.core.port.out.LegacyEntitlements;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.ProductOrderStore;
import dev.plara.wallet.core.port.out.ReceiptStore;
import dev.plara.wallet.core.port.out.ReconciliationStore;
import dev.plara.wallet.core.port.out.RefundTallies;
import dev.plara.wallet.core.port.out.SyncedCustomerStore;
import dev.plara.wallet.core.port.out.UnitOfWork;
import dev.plara.wallet.core.port.out.UnmatchedPaymentStore;
import dev.plara.wallet.core.port.out.UserStore;
import dev.plara.wallet.core.port.out.WebhookInbox;

import java.util.Objects;

/** Every store the core works with, and the unit of work that groups their writes where the store can. */
public record WalletStores(
        LedgerStore ledger,
        RefundTallies refundTallies,
        CheckoutStore checkouts,
        CheckoutClaims checkoutClaims,
        BankDepositStore deposits,
        GrantStore grants,
        LegacyEntitlements legacyEntitlements,
        NotificationStore notifications,
        CatalogStore catalog,
        UnmatchedPaymentStore unmatched,
        ProductOrderStore orders,
        UserStore users,
        SyncedCustomerStore syncedCustomers,
        Outbox outbox,
        WebhookInbox inbox,
        ReceiptStore receipts,
        ReconciliationStore reconciliations,
        UnitOfWork unitOfWork) {

    public WalletStores {
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(refundTallies, "refund tallies");
        Objects.requireNonNull(checkouts, "checkouts");
        Objects.requireNonNull(checkoutClaims, "checkout claims");
        Objects.requireNonNull(deposits, "deposits");
        Objects.requireNonNull(grants, "grants");
        Objects.requireNonNull(legacyEntitlements, "legacy entitlements");
        Objects.requireNonNull(notifications, "notifications");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(unmatched, "unmatched");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(syncedCustomers, "synced customers");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(inbox, "inbox");
        Objects.requireNonNull(receipts, "receipts");
        Objects.requireNonNull(reconciliations, "reconciliations");
        Objects.requireNonNull(unitOfWork, "unit of work");
    }

    /** The same stores with another ledger: for decorating the ledger (metrics, fault injection in tests). */
    public WalletStores withLedger(LedgerStore other) {
        return new WalletStores(other, refundTallies, checkouts, checkoutClaims, deposits, grants, legacyEntitlements, notifications,
                catalog, unmatched, orders, users,
                syncedCustomers, outbox, inbox, receipts, reconciliations, unitOfWork);
    }

    /** The same stores with another inbox: for decorating it (an inbox that fails in tests). */
    public WalletStores withInbox(WebhookInbox other) {
        return new WalletStores(ledger, refundTallies, checkouts, checkoutClaims, deposits, grants, legacyEntitlements,
                notifications, catalog, unmatched, orders, users, syncedCustomers, outbox, other, receipts,
                reconciliations, unitOfWork);
    }

    /** The same stores with other grants: for decorating them (a racing writer in tests). */
    public WalletStores withGrants(GrantStore other) {
        return new WalletStores(ledger, refundTallies, checkouts, checkoutClaims, deposits, other, legacyEntitlements,
                notifications, catalog, unmatched, orders, users, syncedCustomers, outbox, inbox, receipts,
                reconciliations, unitOfWork);
    }
}
