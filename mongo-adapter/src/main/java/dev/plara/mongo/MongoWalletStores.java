package dev.plara.mongo;

import dev.plara.wallet.core.embedding.WalletStores;

/** The MongoDB stores as the embedders' facade ({@code WalletCore}) takes them, all on one database. */
public final class MongoWalletStores {

    private MongoWalletStores() {
    }

    public static WalletStores of(MongoPlaraStores stores) {
        return new WalletStores(stores.ledger(), stores.checkouts(), stores.checkoutClaims(), stores.bankDeposits(),
                stores.grants(), stores.legacyEntitlements(), stores.notifications(), stores.catalog(),
                stores.unmatchedPayments(), stores.productOrders(), stores.users(), stores.syncedCustomers(),
                stores.outbox(), stores.webhookInbox(), stores.receipts(), stores.reconciliations(), stores.unitOfWork());
    }
}
