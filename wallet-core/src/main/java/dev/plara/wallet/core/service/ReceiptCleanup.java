package dev.plara.wallet.core.service;

import java.time.Clock;
import java.time.Duration;

/**
 * Deletes the receipts a submission stored and then never named in a deposit (it crashed, or its insert failed and so
 * did the delete after it), once they are older than a grace period no submission takes. A receipt a deposit names is
 * claimed instead, and never deleted.
 */
final class ReceiptCleanup {

    static final Duration GRACE = Duration.ofHours(1);
    private static final int BATCH = 100;
    private static final int MAX_BATCHES = 50;

    private final WalletStores stores;
    private final Clock clock;

    ReceiptCleanup(WalletStores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /** Deletes the orphans among the unclaimed receipts older than the grace period; returns how many. */
    int deleteOrphans() {
        var cutoff = clock.instant().minus(GRACE);
        int deleted = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            var unclaimed = stores.receipts().unclaimedBefore(cutoff, BATCH);
            for (var receipt : unclaimed) {
                if (stores.deposits().withReceipt(receipt).isPresent()) {
                    stores.receipts().claim(receipt);
                } else {
                    stores.receipts().delete(receipt);
                    deleted++;
                }
            }
            if (unclaimed.size() < BATCH) {
                break;
            }
        }
        return deleted;
    }
}
