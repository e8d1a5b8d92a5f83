package dev.plara.mongo;

import dev.plara.wallet.core.embedding.WalletStores;

/** The MongoDB stores as the embedders' facade ({@code WalletCore}) takes them, all on one database. */
public final class MongoWalletStores {

    private MongoWalletStores() {
    }

    public static WalletStores of(MongoPlaraStores stores) {
        var operations = stores.operations();
        var deposits = stores.deposits();
        var payments = stores.payments();
        return new WalletStores(stores.ledger(), payments.refundTallies(), payments.checkouts(),
                payments.checkoutClaims(), deposits.bankDeposits(),
                stores.grants(), stores.legacyEntitlements(), operations.notifications(), stores.catalog(),
                payments.unmatchedPayments(), payments.productOrders(), stores.users(), stores.syncedCustomers(),
                operations.outbox(), operations.webhookInbox(), deposits.receipts(), operations.reconciliations(),
                stores.unitOfWork());
    }
}
