package dev.plara.wallet.core.service;

import dev.plara.wallet.core.port.out.BankDepositStore;
import dev.plara.wallet.core.port.out.ReceiptStore;

import java.time.Clock;
import java.time.Duration;

/**
 * Deletes the receipts a submission stored and then never named in a deposit (it crashed, or its insert failed and so
 * did the delete after it), once they are older than a grace period no submission takes. A receipt a deposit names is
 * claimed instead, and never deleted.
 */
public final class ReceiptCleanup {

    static final Duration GRACE = Duration.ofHours(1);
    private static final int BATCH = 100;
    private static final int MAX_BATCHES = 50;

    private final ReceiptStore receipts;
    private final BankDepositStore deposits;
    private final Clock clock;

    public ReceiptCleanup(ReceiptStore receipts, BankDepositStore deposits, Clock clock) {
        this.receipts = receipts;
        this.deposits = deposits;
        this.clock = clock;
    }

    /** Deletes the orphans among the unclaimed receipts older than the grace period; returns how many. */
    int deleteOrphans() {
        var cutoff = clock.instant().minus(GRACE);
        int deleted = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            var unclaimed = receipts.unclaimedBefore(cutoff, BATCH);
            for (var receipt : unclaimed) {
                if (deposits.withReceipt(receipt).isPresent()) {
                    receipts.claim(receipt);
                } else {
                    receipts.delete(receipt);
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
