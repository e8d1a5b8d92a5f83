package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.reconciliation.Dispute;
import dev.plara.wallet.core.domain.reconciliation.ReconciliationReport;
import dev.plara.wallet.core.domain.reconciliation.WatchedFact;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase;
import dev.plara.wallet.core.port.in.ReconcileUseCase;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.PaymentHistory;
import dev.plara.wallet.core.port.out.ReconciliationStore;
import dev.plara.wallet.core.port.out.WebhookDeliveries;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Reconciliation with the provider. Each run reads from the last cursor less an overlap (orders may commit at the
 * provider after a later one was read) and applies what is missing through the same use cases as the webhooks. It
 * corrects subscription access first ({@link SubscriptionReconciliation}), so that what it changes is reported before a
 * paid order read back (which carries its subscription's current state) would apply it silently; reads again the
 * orders and refunds earlier runs saw pending or failed to apply (late facts, {@link WatchedFactCheck}); applies lost
 * disputes ({@link DisputeCheck}); checks the webhook endpoint and has failed events sent again
 * ({@link WebhookEndpointCheck}); then checks the ledger's recent Polar credits ({@link LedgerCreditCheck}). One item
 * that fails is a finding and never stops the others; a run the provider fails part-way records nothing and moves no
 * cursor, so the next run covers its window again.
 */
public final class ReconciliationService implements ReconcileUseCase {

    static final Duration OVERLAP = Duration.ofHours(1);
    static final Duration FIRST_LOOKBACK = Duration.ofDays(30);
    /** Orders looked up one by one at the provider per run, at most, so that a run stays well inside its rate limit. */
    static final int MAX_LOOKUPS = 100;

    private final PaymentHistory history;
    private final ReconciliationStore store;
    private final ConfirmCardPaymentUseCase deposits;
    private final FulfilProductOrderUseCase orders;
    private final ApplyRefundUseCase refunds;
    private final SubscriptionReconciliation access;
    private final Clock clock;
    private final WatchedFactCheck watched;
    private final DisputeCheck disputes;
    private final WebhookEndpointCheck endpoint;
    private final LedgerCreditCheck credits;

    public ReconciliationService(PaymentHistory history, WebhookDeliveries webhooks, ReconciliationStore store,
                                 LedgerStore ledger, ConfirmCardPaymentUseCase deposits, FulfilProductOrderUseCase orders,
                                 ApplyRefundUseCase refunds, SubscriptionReconciliation access, Clock clock) {
        this.history = history;
        this.store = store;
        this.deposits = deposits;
        this.orders = orders;
        this.refunds = refunds;
        this.access = access;
        this.clock = clock;
        this.watched = new WatchedFactCheck(history, MAX_LOOKUPS, FIRST_LOOKBACK);
        this.disputes = new DisputeCheck(history);
        this.endpoint = new WebhookEndpointCheck(webhooks);
        this.credits = new LedgerCreditCheck(ledger, history, MAX_LOOKUPS);
    }

    @Override
    public ReconciliationReport reconcile() {
        var startedAt = clock.instant();
        var since = store.cursor().map(cursor -> cursor.minus(OVERLAP)).orElse(startedAt.minus(FIRST_LOOKBACK));
        var last = store.recent(1).stream().findFirst();
        var previous = last.map(ReconciliationReport::watching).orElse(List.<WatchedFact>of());
        var run = new ReconciliationRun(deposits, orders, refunds, startedAt, previous);
        run.findings.addAll(access.reconcile());
        var paid = history.paidOrdersSince(since);
        paid.forEach(run::order);
        var completedRefunds = history.refundsSince(since);
        completedRefunds.forEach(run::refund);
        history.unsettledSince(since).forEach(run::watch);
        watched.recheck(previous, run, startedAt);
        var read = disputes.apply(last.map(ReconciliationReport::disputes).orElse(List.<Dispute>of()), run);
        endpoint.check(since, run);
        credits.check(since, run);
        var report = new ReconciliationReport(startedAt, since, paid.size(), completedRefunds.size(), run.credited,
                run.fulfilled, run.refundsApplied, run.disputesApplied, run.redelivered, run.findings, read,
                run.watching);
        store.record(report, startedAt);
        return report;
    }

    @Override
    public List<ReconciliationReport> recentReports(int limit) {
        return store.recent(limit);
    }
}
