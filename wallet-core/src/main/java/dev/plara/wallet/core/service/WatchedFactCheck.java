package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.reconciliation.WatchedFact;
import dev.plara.wallet.core.port.out.PaymentHistory;
import dev.plara.wallet.core.port.out.PaymentProviderException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Late facts: the orders and refunds an earlier run saw pending (or failed to apply) are read again one by one, however
 * long ago they were created, and applied once they are paid or succeeded; until then they stay watched. At most
 * {@code maxLookups} a run (the rest wait for the next run), and none older than {@code keepFor}.
 */
final class WatchedFactCheck {

    private final PaymentHistory history;
    private final int maxLookups;
    private final Duration keepFor;

    WatchedFactCheck(PaymentHistory history, int maxLookups, Duration keepFor) {
        this.history = history;
        this.maxLookups = maxLookups;
        this.keepFor = keepFor;
    }

    void recheck(List<WatchedFact> previous, ReconciliationRun run, Instant now) {
        var due = previous.stream().filter(fact -> fact.since().isAfter(now.minus(keepFor)))
                .filter(fact -> !handledThisRun(fact, run)).toList();
        due.stream().skip(maxLookups).forEach(run::watch);
        due.stream().limit(maxLookups).forEach(fact -> {
            try {
                read(fact, run);
            } catch (PaymentProviderException unreachable) {
                run.watch(fact);
            }
        });
    }

    private void read(WatchedFact fact, ReconciliationRun run) {
        switch (fact.kind()) {
            case ORDER -> history.paidOrder(fact.id()).ifPresentOrElse(run::order, () -> run.watch(fact));
            case REFUND -> history.succeededRefund(fact.id()).ifPresentOrElse(run::refund, () -> run.watch(fact));
        }
    }

    /** Whether this run has read the fact already; disputes are all read on every run ({@link DisputeCheck}). */
    private static boolean handledThisRun(WatchedFact fact, ReconciliationRun run) {
        return run.watching.stream().anyMatch(fact::sameAs) || switch (fact.kind()) {
            case ORDER -> run.paidOrders.contains(fact.id());
            case REFUND -> run.handledRefunds.contains(fact.id());
            case DISPUTE -> true;
        };
    }
}
