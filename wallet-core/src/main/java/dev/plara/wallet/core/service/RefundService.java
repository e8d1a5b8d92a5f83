package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.SubscriptionAccessPolicy;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.RefundTally;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.UnmatchedRefund;
import dev.plara.wallet.core.domain.payment.UnmatchedRefundReason;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase.RefundResult;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase;
import dev.plara.wallet.core.port.out.GrantStore;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.ProductOrderStore;
import dev.plara.wallet.core.port.out.RefundTallies;
import dev.plara.wallet.core.port.out.UnitOfWork;
import dev.plara.wallet.core.port.out.UnmatchedPaymentStore;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Applies refunds the provider completed: a deposit's refund is debited from the wallet at the rate the deposit was
 * credited at (and may overdraw it), once per refund id; a one-time product order's full refund revokes the grant that
 * order paid for, and only that one: access another paid grant covers stays open. A partial refund ends no grant; a
 * subscription's access follows the subscription's own events.
 * A refund of an order not credited (parked, or never seen) is held for it and applied right after its credit.
 */
public final class RefundService implements ApplyRefundUseCase {

    /** How long a reserved refund debit is left to its own refund before the sweep writes it. */
    static final Duration LIVE_REFUND_GRACE = Duration.ofMinutes(1);

    private final LedgerStore ledger;
    private final ProductOrderStore orders;
    private final UnmatchedPaymentStore unmatched;
    private final UnitOfWork unitOfWork;
    private final RefundTallies tallies;
    private final RefundDebit debits;
    private final OrderRefund orderRefund;
    private final Clock clock;

    public RefundService(LedgerStore ledger, RefundTallies tallies, ProductOrderStore orders, GrantStore grants,
                         UnmatchedPaymentStore unmatched, NotificationStore notifications, Outbox outbox,
                         UnitOfWork unitOfWork, SubscriptionAccessPolicy subscriptionAccess, Clock clock) {
        this.ledger = ledger;
        this.orders = orders;
        this.unmatched = unmatched;
        this.unitOfWork = unitOfWork;
        this.tallies = tallies;
        this.debits = new RefundDebit(ledger, tallies, notifications, outbox, unitOfWork, clock);
        this.orderRefund = new OrderRefund(orders, grants, notifications, outbox, subscriptionAccess, clock);
        this.clock = clock;
    }

    @Override
    public RefundResult apply(CompletedRefund refund) {
        return applyToKnownOrder(refund).orElseGet(() -> hold(refund));
    }

    /**
     * Applies the refunds held for {@code orderId} that still wait, now that the order is credited or fulfilled; each
     * once, whatever the number of callers.
     */
    public void applyHeldFor(String orderId) {
        for (UnmatchedRefund held : unmatched.refundsOf(orderId)) {
            if (held.waiting() && applyToKnownOrder(held.refund()).isPresent()) {
                unmatched.refundApplied(held.refund().refundId(), clock.instant());
            }
        }
    }

    private Optional<RefundResult> applyToKnownOrder(CompletedRefund refund) {
        var credit = ledger.find(IdempotencyKey.polarOrder(refund.orderId()));
        if (credit.isPresent()) {
            return Optional.of(debits.debit(refund, credit.get()));
        }
        return orders.find(refund.orderId()).map(order -> unitOfWork.run(() -> orderRefund.apply(refund, order)));
    }

    /**
     * Holds a refund of an order not credited for that order. The order may have been credited meanwhile, after its
     * credit looked for held refunds: then the refund is applied here, so it is never left waiting.
     */
    private RefundResult hold(CompletedRefund refund) {
        var reason = unmatched.find(refund.orderId()).isPresent() ? UnmatchedRefundReason.PAYMENT_PARKED
                : UnmatchedRefundReason.ORDER_UNKNOWN;
        var held = UnmatchedRefund.held(refund, reason, clock.instant());
        unmatched.holdRefund(held);
        var applied = applyToKnownOrder(refund);
        if (applied.isPresent()) {
            unmatched.refundApplied(refund.refundId(), clock.instant());
            return applied.get();
        }
        return new RefundResult.Held(unmatched.refundsOf(refund.orderId()).stream()
                .filter(stored -> stored.refund().refundId().equals(refund.refundId())).findFirst().orElse(held));
    }

    /**
     * Writes the refund debits a crash left reserved on their order's tally but not written, working through the open
     * tallies by {@code backlog}; answers how many it wrote and adds a line per tally it could not finish to
     * {@code stuck}. A tally saved less than {@link #LIVE_REFUND_GRACE} ago is left alone: its refund may still be writing
     * its own debit, and should answer its caller that it did.
     */
    int finishReserved(Backlog backlog, List<String> stuck) {
        var savedBefore = clock.instant().minus(LIVE_REFUND_GRACE);
        return backlog.workThrough(limit -> tallies.open(savedBefore, limit), RefundTally::orderId, debits::finish,
                (tally, failure) -> stuck.add("the refunds of order " + tally.orderId() + " could not be finished: "
                        + OperatorText.reasonOf(failure)));
    }

    /** What a refund's debit causes, each step idempotent: the owner and the operators told. */
    void settleDebit(PostedEntry debit) {
        debits.settle(debit);
    }
}
