package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.payment.UnmatchedReason;
import dev.plara.wallet.core.domain.reconciliation.Finding;
import dev.plara.wallet.core.domain.reconciliation.FindingKind;
import dev.plara.wallet.core.domain.reconciliation.WatchedFact;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase.RefundResult;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase.CardPaymentResult;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One reconciliation run's applying and tallies. Each order and refund is applied on its own: one that fails is a
 * finding in operator words and is watched (read again on later runs), and never stops the ones after it.
 */
final class ReconciliationRun {

    final List<Finding> findings = new ArrayList<>();
    final Set<String> paidOrders = new HashSet<>();
    final Set<String> handledRefunds = new HashSet<>();
    final List<WatchedFact> watching = new ArrayList<>();
    int credited;
    int fulfilled;
    int refundsApplied;
    int disputesApplied;
    int redelivered;

    private final ConfirmCardPaymentUseCase deposits;
    private final FulfilProductOrderUseCase orders;
    private final ApplyRefundUseCase refunds;
    private final Instant startedAt;
    private final List<WatchedFact> previous;

    ReconciliationRun(ConfirmCardPaymentUseCase deposits, FulfilProductOrderUseCase orders, ApplyRefundUseCase refunds,
                      Instant startedAt, List<WatchedFact> previous) {
        this.previous = previous;
        this.deposits = deposits;
        this.orders = orders;
        this.refunds = refunds;
        this.startedAt = startedAt;
    }

    void order(PaymentEvent event) {
        event.match(paid -> apply(paid.payment().orderId(), () -> deposit(deposits.confirm(paid.payment()),
                        paid.payment().orderId())),
                paid -> apply(paid.order().orderId(), () -> fulfilled += orders.fulfil(paid.order())
                        .match(done -> 1, before -> 0)),
                changed -> null, refund -> null, ignored -> null, malformed -> null);
    }

    private Void apply(String orderId, Runnable step) {
        paidOrders.add(orderId);
        try {
            step.run();
        } catch (RuntimeException failure) {
            watch(WatchedFact.order(orderId, startedAt));
            findings.add(new Finding(FindingKind.ITEM_FAILED, orderId, "order " + orderId + " could not be applied: "
                    + OperatorText.reasonOf(failure) + ". It is tried again on every run until it applies."));
        }
        return null;
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

    /**
     * Applies a refund; one that fails is watched until it applies (a refund held for an order Plara has not credited
     * is applied by the credit itself, and is only reported).
     */
    void refund(CompletedRefund refund) {
        handledRefunds.add(refund.refundId());
        var result = takeBack(refund, "refund " + refund.refundId());
        if (result == null) {
            watch(WatchedFact.refund(refund.refundId(), startedAt));
            return;
        }
        refundsApplied += result.match(debited -> 1, repeat -> 0, conflict -> 0, order -> 0, none -> 0, held -> 0);
        result.match(debited -> null, repeat -> null, conflict -> findings.add(new Finding(
                FindingKind.REFUND_NOT_APPLIED, refund.orderId(), "refund " + refund.refundId() + " of "
                + refund.amount() + " conflicts with the ledger: " + conflict.reason())), order -> null, none -> null,
                held -> findings.add(new Finding(FindingKind.REFUND_NOT_APPLIED, refund.orderId(),
                        held.refund().detail())));
    }

    /** Takes money back as a refund does; {@code null} (and a finding) when that failed. */
    RefundResult takeBack(CompletedRefund refund, String what) {
        try {
            return refunds.apply(refund);
        } catch (RuntimeException failure) {
            findings.add(new Finding(FindingKind.ITEM_FAILED, refund.orderId(), what + " of " + refund.amount()
                    + " could not be applied: " + OperatorText.reasonOf(failure)
                    + ". It is tried again on later runs."));
            return null;
        }
    }

    /** Whether the run before this one was still watching {@code fact}. */
    boolean watchedBefore(WatchedFact fact) {
        return previous.stream().anyMatch(fact::sameAs);
    }

    Instant startedAt() {
        return startedAt;
    }

    /** Keeps reading this order, refund or dispute on later runs, once, from when it was first seen. */
    void watch(WatchedFact fact) {
        if (watching.stream().noneMatch(fact::sameAs)) {
            watching.add(previous.stream().filter(fact::sameAs).findFirst().orElse(fact));
        }
    }
}
