package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.EntryKind;
import dev.plara.wallet.core.domain.ledger.EntrySource;
import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.PaymentHistory;

import java.time.Instant;
import java.util.ArrayList;

/**
 * Checks the ledger's Polar card credits since the run's window began against the provider: a credit whose order the
 * provider did not list paid is looked up, at most {@code maxLookups} a run, and reported when it is not paid.
 */
final class LedgerCreditCheck {

    private final LedgerStore ledger;
    private final PaymentHistory history;
    private final int maxLookups;

    LedgerCreditCheck(LedgerStore ledger, PaymentHistory history, int maxLookups) {
        this.ledger = ledger;
        this.history = history;
        this.maxLookups = maxLookups;
    }

    void check(Instant since, ReconciliationRun run) {
        var credited = new ArrayList<String>();
        ledger.forEachEntry(posted -> {
            var entry = posted.entry();
            if (entry.kind() == EntryKind.CARD_DEPOSIT && entry.facts().source() == EntrySource.POLAR
                    && !entry.recordedAt().isBefore(since)) {
                entry.key().polarOrderId().ifPresent(credited::add);
            }
        });
        var unlisted = credited.stream().filter(order -> !run.paidOrders.contains(order)).toList();
        unlisted.stream().limit(maxLookups).filter(order -> !history.isPaidOrder(order))
                .forEach(order -> run.findings.add(new Finding(FindingKind.LEDGER_WITHOUT_ORDER, order,
                        "the ledger credits order " + order + ", which the provider does not report as paid")));
        if (unlisted.size() > maxLookups) {
            run.findings.add(new Finding(FindingKind.CREDITS_NOT_LOOKED_UP, unlisted.get(maxLookups),
                    (unlisted.size() - maxLookups) + " credits since " + since + " that the provider did not list were"
                            + " not looked up this run (at most " + maxLookups + " lookups a run), from this order on"));
        }
    }
}
