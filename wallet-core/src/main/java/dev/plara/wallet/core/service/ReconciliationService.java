package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.EntryKind;
import dev.plara.wallet.core.domain.ledger.EntrySource;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.payment.UnmatchedReason;
import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.reconciliation.ReconciliationReport;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase.CardPaymentResult;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase;
import dev.plara.wallet.core.port.in.ReconcileUseCase;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.PaymentHistory;
import dev.plara.wallet.core.port.out.ReconciliationStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reconciliation with the provider. Each run reads from the last cursor less an overlap (orders may commit at the
 * provider after a later one was read), applies what is missing through the same use cases as the webhooks, then
 * checks the ledger's recent Polar credits against the provider, looking up at most {@value #MAX_LOOKUPS} unlisted ones
 * a run. Subscription access is corrected first ({@link SubscriptionReconciliation}), so that what it changes is
 * reported before a paid order read back (which carries its subscription's current state) would apply it silently. A run that fails part-way records nothing and moves no cursor, so the next run covers its window again.
 */
public final class ReconciliationService implements ReconcileUseCase {

    static final Duration OVERLAP = Duration.ofHours(1);
    static final Duration FIRST_LOOKBACK = Duration.ofDays(30);
    /** Orders looked up one by one at the provider per run, at most, so that a run stays well inside its rate limit. */
    static final int MAX_LOOKUPS = 100;

    private final PaymentHistory history;
    private final ReconciliationStore store;
    private final LedgerStore ledger;
    private final ConfirmCardPaymentUseCase deposits;
    private final FulfilProductOrderUseCase orders;
    private final ApplyRefundUseCase refunds;
    private final SubscriptionReconciliation access;
    private final Clock clock;

    public ReconciliationService(PaymentHistory history, ReconciliationStore store, LedgerStore ledger,
                          ConfirmCardPaymentUseCase deposits, FulfilProductOrderUseCase orders, ApplyRefundUseCase refunds,
                          SubscriptionReconciliation access, Clock clock) {
        this.history = history;
        this.store = store;
        this.ledger = ledger;
        this.deposits = deposits;
        this.orders = orders;
        this.refunds = refunds;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public ReconciliationReport reconcile() {
        var startedAt = clock.instant();
        var since = store.cursor().map(cursor -> cursor.minus(OVERLAP)).orElse(startedAt.minus(FIRST_LOOKBACK));
        var run = new Run();
        run.findings.addAll(access.reconcile());
        var paid = history.paidOrdersSince(since);
        paid.forEach(event -> run.order(event));
        var completedRefunds = history.refundsSince(since);
        completedRefunds.forEach(refund -> run.refund(refund));
        checkLedgerCredits(since, run);
        var report = new ReconciliationReport(startedAt, since, paid.size(), completedRefunds.size(), run.credited,
                run.fulfilled, run.refundsApplied, run.findings);
        store.record(report, startedAt);
        return report;
    }

    @Override
    public List<ReconciliationReport> recentReports(int limit) {
        return store.recent(limit);
    }

    private void checkLedgerCredits(Instant since, Run run) {
        var credited = new ArrayList<String>();
        ledger.forEachEntry(posted -> {
            var entry = posted.entry();
            if (entry.kind() == EntryKind.CARD_DEPOSIT && entry.facts().source() == EntrySource.POLAR
                    && !entry.recordedAt().isBefore(since)) {
                entry.key().polarOrderId().ifPresent(credited::add);
            }
        });
        var unlisted = credited.stream().filter(order -> !run.paidOrders.contains(order)).toList();
        unlisted.stream().limit(MAX_LOOKUPS).filter(order -> !history.isPaidOrder(order))
                .forEach(order -> run.findings.add(new Finding(FindingKind.LEDGER_WITHOUT_ORDER, order,
                        "the ledger credits order " + order + ", which the provider does not report as paid")));
        if (unlisted.size() > MAX_LOOKUPS) {
            run.findings.add(new Finding(FindingKind.CREDITS_NOT_LOOKED_UP, unlisted.get(MAX_LOOKUPS),
                    (unlisted.size() - MAX_LOOKUPS) + " credits since " + since + " that the provider did not list were"
                            + " not looked up this run (at most " + MAX_LOOKUPS + " lookups a run), from this order on"));
        }
    }

    /** The tallies and findings of one run. */
    private final class Run {
        final List<Finding> findings = new ArrayList<>();
        final Set<String> paidOrders = new HashSet<>();
        int credited;
        int fulfilled;
        int refundsApplied;

        void order(PaymentEvent event) {
            event.match(paid -> {
                paidOrders.add(paid.payment().orderId());
                deposit(deposits.confirm(paid.payment()), paid.payment().orderId());
                return null;
            }, paid -> {
                paidOrders.add(paid.order().orderId());
                fulfilled += orders.fulfil(paid.order()).match(done -> 1, before -> 0);
                return null;
            }, changed -> null, refund -> null, ignored -> null, malformed -> null);
        }

        private void deposit(CardPaymentResult result, String orderId) {
            credited += result.match(now -> 1, repeat -> 0, parked -> 0);
            result.match(now -> null, repeat -> null, parked -> {
                if (parked.payment().waiting()) {
                    var kind = parked.payment().reason() == UnmatchedReason.CONFLICT ? FindingKind.AMOUNT_MISMATCH
                            : FindingKind.UNMATCHED;
                    findings.add(new Finding(kind, orderId, parked.payment().detail()));
                }
                return null;
            });
        }

        void refund(CompletedRefund refund) {
            var result = refunds.apply(refund);
            refundsApplied += result.match(debited -> 1, repeat -> 0, conflict -> 0, order -> 0, none -> 0, unknown -> 0);
            result.match(debited -> null, repeat -> null, conflict -> findings.add(new Finding(
                    FindingKind.REFUND_NOT_APPLIED, refund.orderId(), "refund " + refund.refundId() + " of "
                    + refund.amount() + " conflicts with the ledger: " + conflict.reason())), order -> null, none -> null,
                    held -> findings.add(new Finding(FindingKind.REFUND_NOT_APPLIED, refund.orderId(),
                            held.refund().detail())));
        }
    }
}
