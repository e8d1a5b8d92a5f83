package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.SubscriptionAccessPolicy;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.access.UserGrants;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.ProductOrder;
import dev.plara.wallet.core.port.in.ApplyRefundUseCase.RefundResult;
import dev.plara.wallet.core.port.out.GrantStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.ProductOrderStore;

import java.time.Clock;
import java.time.Instant;

/**
 * Records a refund of a product order. A one-time order's full refund revokes the grant that order paid for, and only
 * that one. A subscription order's full refund ends its subscription's access at the refund when that order paid the
 * running period: the order states the period it paid, the access does not outlast that period, and no later order of
 * the subscription is still paid. Polar changes nothing on the subscription, so a state of the refunded period, late or
 * not, opens nothing again ({@link SubscriptionAccessPolicy#accessOf(
 * dev.plara.wallet.core.domain.payment.SubscriptionChange, java.time.Instant, java.time.Instant)}); a later period
 * does. So the revocation outranks only the grant it ends (its version plus one), never a change the provider made
 * before the refund: a renewal charged before it whose events arrive after it, or a renewal's order whose
 * subscription's state is not known, still opens the period it paid. A change stored while it revokes (a state of the
 * same period applied at the same time) is judged again and revoked above. A partial refund ends no grant. The
 * operator is told of every full refund of a subscription's order, since the subscription still runs at the provider.
 */
final class OrderRefund {

    private final ProductOrderStore orders;
    private final GrantStore grants;
    private final AccessNotices notices;
    private final Outbox outbox;
    private final SubscriptionAccessPolicy policy;
    private final Clock clock;

    OrderRefund(ProductOrderStore orders, GrantStore grants, NotificationStore notifications, Outbox outbox,
                SubscriptionAccessPolicy policy, Clock clock) {
        this.orders = orders;
        this.grants = grants;
        this.notices = new AccessNotices(notifications);
        this.outbox = outbox;
        this.policy = policy;
        this.clock = clock;
    }

    /** Applies {@code refund} to {@code order}; to run inside a unit of work. */
    RefundResult apply(CompletedRefund refund, ProductOrder order) {
        var updated = orders.addRefund(order.orderId(), refund.refundId(), refund.amount()).orElse(order);
        var source = updated.grantSource();
        var current = grants.bySource(source).orElseGet(() -> new Grant(updated.owner(), Unlocks.parse(""), source,
                updated.item(), updated.productName(), GrantStatus.ACTIVE, updated.paidAt(), null, 0));
        boolean endedBefore = current.status() == GrantStatus.REVOKED;
        if (updated.fullyRefunded() && endsWith(updated, current)) {
            revoke(updated, current, refund.refundedAt());
            grants.bySource(source).filter(stored -> stored.status() == GrantStatus.REVOKED).ifPresent(revoked ->
                    notices.changed(revoked, new UserGrants(grants.of(revoked.user())), clock.instant()));
        }
        var result = new RefundResult.OrderRefunded(updated, grants.bySource(source).orElse(null), endedBefore);
        if (updated.fullyRefunded() && updated.subscriptionId() != null) {
            outbox.enqueue(OutboxMessage.toOperators("log:subscription-refund:" + updated.orderId(), "Order "
                    + updated.orderId() + " was refunded in full: Plara " + takenBack(result) + ".",
                    refund.refundedAt()));
        }
        return result;
    }

    /**
     * Revokes {@code grant} at {@code at}, one version above it (a one-time order's, at least {@code at}'s
     * millisecond). When the store holds a newer change by then (a state of the subscription applied at the same time,
     * which knew nothing of the refund), it judges that one again and revokes above it while it still ends with
     * {@code order}, so the revocation is never lost to it.
     */
    private void revoke(ProductOrder order, Grant grant, Instant at) {
        long version = order.subscriptionId() == null ? Math.max(grant.version() + 1, at.toEpochMilli())
                : grant.version() + 1;
        if (grant.status() != GrantStatus.REVOKED && !grants.upsertIfNewer(grant.revoked(at, version))) {
            var stored = grants.bySource(order.grantSource()).orElseThrow();
            if (endsWith(order, stored)) {
                revoke(order, stored, at);
            }
        }
    }

    /** Whether taking {@code order}'s money back in full ends {@code grant}: a one-time order's, or its period's. */
    private boolean endsWith(ProductOrder order, Grant grant) {
        return order.subscriptionId() == null || paysRunningPeriod(order, grant);
    }

    /** What taking a direct purchase's money back did to its access, for the operator. */
    static String takenBack(RefundResult.OrderRefunded refunded) {
        var order = refunded.order();
        if (order.subscriptionId() == null) {
            return refunded.endedBefore() ? "changed no access, as what order " + order.orderId() + " bought had"
                    + " ended already; check at the provider whether the customer was repaid twice"
                    : "revoked what order " + order.orderId() + " bought";
        }
        if (refunded.grant() == null || refunded.grant().status() != GrantStatus.REVOKED) {
            return "kept the access subscription " + order.subscriptionId() + " gives, as a later period is paid or"
                    + " the order did not say which period it paid; cancel or revoke the subscription at the provider"
                    + " if its access should end";
        }
        return "ended the access subscription " + order.subscriptionId() + " gave " + order.owner() + " (order "
                + order.orderId() + "); the subscription is still active at the provider, which charges its next"
                + " period unless it is canceled or revoked there";
    }

    /**
     * Whether the subscription's access is that of the period {@code order} paid, known to end with it: not longer
     * (a state of a later period, whose order may not be stored yet), and no later order, not refunded in full, pays
     * a period after it. An order that does not say its period ends nothing.
     */
    private boolean paysRunningPeriod(ProductOrder order, Grant current) {
        return order.periodEnd() != null && current.validUntil() != null
                && !policy.outlasts(current.validUntil(), order.periodEnd())
                && orders.ownedBy(order.owner()).stream().noneMatch(other -> order.subscriptionId()
                .equals(other.subscriptionId()) && other.paidAt().isAfter(order.paidAt()) && !other.fullyRefunded());
    }
}
