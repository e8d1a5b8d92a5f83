package dev.plara.wallet.core.memory;

import dev.plara.wallet.core.port.out.UnitOfWork;
import dev.plara.wallet.core.embedding.WalletStores;

/** Every store in memory, for core tests and for embedders' tests. */
public final class InMemoryStores {

    private InMemoryStores() {
    }

    public static WalletStores create() {
        return new WalletStores(new InMemoryLedgerStore(), new InMemoryRefundTallies(), new InMemoryCheckoutStore(), new InMemoryCheckoutClaims(),
                new InMemoryBankDepositStore(),
                new InMemoryGrantStore(), new InMemoryLegacyEntitlements(), new InMemoryNotificationStore(), new InMemoryCatalogStore(),
                new InMemoryUnmatchedPaymentStore(), new InMemoryProductOrderStore(), new InMemoryUserStore(),
                new InMemorySyncedCustomerStore(),
                new InMemoryOutbox(), new InMemoryWebhookInbox(), new InMemoryReceiptStore(),
                new InMemoryReconciliationStore(), UnitOfWork.none());
    }
}
