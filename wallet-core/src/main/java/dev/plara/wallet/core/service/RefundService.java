package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.access.UserGrants;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.RefundFacts;
import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.ProductOrder;
import dev.plara.wallet.core.domain.payment.UnmatchedRefund;
import dev.plara.wallet.core.domain.payment.UnmatchedRefundReason;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase.RefundResult;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase;
import dev.plara.wallet.core.port.out.GrantStore;
import dev.plara.wallet.core.port.out.LedgerStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.Overdraft;
import dev.plara.wallet.core.port.out.ProductOrderStore;
import dev.plara.wallet.core.port.out.UnitOfWork;
import dev.plara.wallet.core.port.out.UnmatchedPaymentStore;

import java.time.Clock;
import java.util.Optional;

/**
 * Applies refunds the provider completed: a deposit's refund is debited from the wallet at the rate the deposit was
 * credited at (and may overdraw it), once per refund id; a one-time product order's full refund revokes the grant that
 * order paid for, and only that one: access another paid grant covers stays open. A partial refund ends no grant; a
 * subscription's access follows the subscription's own events.
 * A refund of an order not credited (parked, or never seen) is held for it and applied right after its credit.
 */
public final class RefundService implements ApplyRefundUseCase {

    private final LedgerStore ledger;
    private final ProductOrderStore orders;
    private final GrantStore grants;
    private final AccessNotices notices;
    private final UnmatchedPaymentStore unmatched;
    private final NotificationStore notifications;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final OrderRefunds history;
    private final Clock clock;

    public RefundService(LedgerStore ledger, ProductOrderStore orders, GrantStore grants,
                         UnmatchedPaymentStore unmatched, NotificationStore notifications, Outbox outbox,
                         UnitOfWork unitOfWork, Clock clock) {
        this.ledger = ledger;
        this.orders = orders;
        this.grants = grants;
        this.notices = new AccessNotices(notifications);
        this.unmatched = unmatched;
        this.notifications = notifications;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.history = new OrderRefunds(ledger);
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
            return Optional.of(debit(refund, credit.get()));
        }
        return orders.find(refund.orderId()).map(order -> unitOfWork.run(() -> refundOrder(refund, order)));
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

    private RefundResult debit(CompletedRefund refund, PostedEntry credit) {
        var key = IdempotencyKey.polarRefund(refund.refundId());
        var refunded = RefundAmounts.measured(credit.entry(), refund);
        var earlier = ledger.find(key);
        if (earlier.isPresent()) {
            return RefundAmounts.paid(earlier.get()).equals(refunded) ? new RefundResult.AlreadyApplied(earlier.get())
                    : new RefundResult.Conflicting(earlier.get(), "refund " + refund.refundId() + " took back "
                    + RefundAmounts.paid(earlier.get()) + " before and is now reported as " + refunded);
        }
        var wallet = credit.entry().wallet();
        var amount = RefundAmounts.debit(credit.entry(), history.of(wallet.owner(), refund.orderId()), refunded);
        if (!amount.isPositive()) {
            return new RefundResult.NothingCredited(refund.orderId());
        }
        var entry = new LedgerEntry(key, wallet, Account.polarClearing(wallet.currency()), amount,
                RefundFacts.of(refund.orderId(), "Card deposit refunded", RefundAmounts.conversionOf(credit.entry()), refunded,
                        RefundAmounts.taxReturned(credit.entry(), refund)), clock.instant());
        return unitOfWork.run(() -> {
            var result = ledger.append(entry, Overdraft.ALLOWED);
            result.recorded().ifPresent(this::settleDebit);
            return result;
        }).match(
                appended -> new RefundResult.Debited(appended.posted()),
                repeat -> new RefundResult.AlreadyApplied(repeat.existing()),
                conflict -> new RefundResult.Conflicting(conflict.existing(), conflict.reason()),
                lacking -> {
                    throw new IllegalStateException("a refund may overdraw, so it cannot lack funds: " + lacking);
                });
    }

    /** What a refund's debit causes, each step idempotent: the owner and the operators told. */
    void settleDebit(PostedEntry debit) {
        notifications.add(Notification.aboutEntry(debit, NotificationKind.REFUND, Messages.refund(debit)));
        outbox.enqueue(OutboxMessage.toOperators("log:" + debit.key(), Messages.operatorLog(debit),
                debit.entry().recordedAt()));
        ledger.markSettled(debit.key());
    }

    private RefundResult refundOrder(CompletedRefund refund, ProductOrder order) {
        var updated = orders.addRefund(order.orderId(), refund.refundId(), refund.amount()).orElse(order);
        var source = updated.grantSource();
        var current = grants.bySource(source).orElseGet(() -> new Grant(updated.owner(), Unlocks.parse(""), source,
                updated.item(), updated.productName(), GrantStatus.ACTIVE, updated.paidAt(), null, 0));
        if (updated.subscriptionId() == null && updated.fullyRefunded()) {
            if (current.status() != GrantStatus.REVOKED) {
                grants.upsertIfNewer(current.revoked(refund.refundedAt(),
                        Math.max(current.version() + 1, refund.refundedAt().toEpochMilli())));
            }
            grants.bySource(source).filter(stored -> stored.status() == GrantStatus.REVOKED).ifPresent(revoked ->
                    notices.changed(revoked, new UserGrants(grants.of(revoked.user())), clock.instant()));
        }
        return new RefundResult.OrderRefunded(updated, grants.bySource(source).orElse(null));
    }
}
