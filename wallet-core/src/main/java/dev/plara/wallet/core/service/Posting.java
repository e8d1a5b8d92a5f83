package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.LedgerEntry;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.Overdraft;

/**
 * Appends an entry and settles it. A repeat of an entry already in the ledger is settled again, which finishes the
 * follow-ups a crash may have interrupted and otherwise changes nothing.
 */
final class Posting {

    private final LedgerStore ledger;
    private final EntrySettlement settlement;

    Posting(LedgerStore ledger, EntrySettlement settlement) {
        this.ledger = ledger;
        this.settlement = settlement;
    }

    AppendResult post(LedgerEntry entry, Overdraft overdraft) {
        AppendResult result = ledger.append(entry, overdraft);
        if (result instanceof AppendResult.Appended appended) {
            settlement.settle(appended.posted());
        } else if (result instanceof AppendResult.AlreadyApplied repeat) {
            settlement.settle(repeat.existing());
        }
        return result;
    }
}
