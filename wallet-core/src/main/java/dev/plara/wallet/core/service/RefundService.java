package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.access.UserGrants;
import dev.plara.wallet.core.domain.ledger.Account;
import dev.plara.wallet.core.domain.ledger.ConvertedPayment;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.ledger.PostedEntry;
import dev.plara.wallet.core.domain.ledger.RefundFacts;
import dev.plara.wallet.core.domain.money.Conversion;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.domain.payment.ChargedAmounts;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.ProductOrder;
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
        this.clock = clock;
    }

    @Override
    public RefundResult apply(CompletedRefund refund) {
        var credit = ledger.find(IdempotencyKey.polarOrder(refund.orderId()));
        if (credit.isPresent()) {
            return debit(refund, credit.get());
        }
        var order = orders.find(refund.orderId());
        if (order.isPresent()) {
            return unitOfWork.run(() -> refundOrder(refund, order.get()));
        }
        if (unmatched.find(refund.orderId()).isPresent()) {
            return new RefundResult.NothingCredited(refund.orderId());
        }
        return new RefundResult.OrderNotYetKnown(refund.orderId());
    }

    private RefundResult debit(CompletedRefund refund, PostedEntry credit) {
        var conversion = conversionOf(credit);
        var refunded = creditHeldTax(credit) ? refund.withTax() : refund.amount();
        var amount = conversion.apply(refunded);
        if (!amount.isPositive()) {
            return new RefundResult.NothingCredited(refund.orderId());
        }
        var wallet = credit.entry().wallet();
        var entry = new LedgerEntry(IdempotencyKey.polarRefund(refund.refundId()), wallet,
                Account.polarClearing(wallet.currency()), amount,
                RefundFacts.of(refund.orderId(), "Card deposit refunded", conversion, refunded), clock.instant());
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

    /** The conversion the credit was made at, so a refund takes back exactly what the payment put in. */
    static Conversion conversionOf(PostedEntry credit) {
        var walletCurrency = credit.entry().amount().currency();
        return credit.entry().facts().paidBeforeConversion().map(paid -> paid.conversionTo(walletCurrency))
                .orElse(Conversion.identity(walletCurrency));
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

    /**
     * What of a card credit the provider can refund, net of tax as its refunds count: Polar's net of the order when the
     * entry keeps it, else what was paid.
     */
    static Money refundable(PostedEntry credit) {
        return chargedAmounts(credit).map(ChargedAmounts::net).orElseGet(() -> paid(credit));
    }

    /**
     * Whether the credit was the price with the tax inside it: the buyer chose what the card paid, so a refund gives
     * back its amount and its tax, and both leave the wallet.
     */
    private static boolean creditHeldTax(PostedEntry credit) {
        return chargedAmounts(credit).filter(charged -> charged.taxInside(paid(credit))).isPresent();
    }

    private static Money paid(PostedEntry credit) {
        return credit.entry().facts().paidBeforeConversion().map(ConvertedPayment::paid).orElse(credit.entry().amount());
    }

    private static Optional<ChargedAmounts> chargedAmounts(PostedEntry credit) {
        return credit.entry().facts().match(card -> Optional.ofNullable(card.charged()), bank -> Optional.empty(),
                purchase -> Optional.empty(), refund -> Optional.empty());
    }
}
