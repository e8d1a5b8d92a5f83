package dev.plara.mongo;

import dev.plara.wallet.core.embedding.WalletStores;

/** The MongoDB stores as the embedders' facade ({@code WalletCore}) takes them, all on one database. */
public final class MongoWalletStores {

    private MongoWalletStores() {
    }

    public static WalletStores of(MongoPlaraStores stores) {
        var operations = stores.operations();
        var deposits = stores.deposits();
        return new WalletStores(stores.ledger(), stores.refundTallies(), stores.checkouts(), stores.checkoutClaims(), deposits.bankDeposits(),
                stores.grants(), stores.legacyEntitlements(), operations.notifications(), stores.catalog(),
                stores.unmatchedPayments(), stores.productOrders(), stores.users(), stores.syncedCustomers(),
                operations.outbox(), operations.webhookInbox(), deposits.receipts(), operations.reconciliations(),
                stores.unitOfWork());
    }
}
