package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.domain.payment.PaidTwice;
import dev.plara.wallet.core.domain.payment.ProductOrder;
import dev.plara.wallet.core.port.out.GrantStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.ProductOrderStore;

import java.util.Optional;

/**
 * Spots a one-time order paying for a product its buyer already holds for good through another paid order (two
 * checkouts paid, whatever opened them): marks it for an admin to refund one of the two, and tells the buyer and the
 * operators. The order still gets its own grant, so refunding either order leaves the access the other pays for.
 * Every step is keyed by the order, so a redelivered order changes nothing.
 */
final class PaidTwiceCheck {

    private final GrantStore grants;
    private final ProductOrderStore orders;
    private final NotificationStore notifications;
    private final Outbox outbox;

    PaidTwiceCheck(GrantStore grants, ProductOrderStore orders, NotificationStore notifications, Outbox outbox) {
        this.grants = grants;
        this.orders = orders;
        this.notifications = notifications;
        this.outbox = outbox;
    }

    /**
     * Checks {@code order} against the buyer's other paid orders for the same product, after its own grant is
     * committed: of two orders fulfilled at once, each looking before the other wrote, the later to check sees the
     * other. Whichever order looks, the later paid of a pair is the one marked, so a pair is marked once.
     */
    void check(ProductOrder order) {
        if (order.subscriptionId() != null) {
            return;
        }
        grants.of(order.owner()).stream()
                .filter(grant -> grant.soldAs().equals(order.item()) && grant.forever())
                .filter(grant -> grant.source().kind() == GrantSource.Kind.POLAR_ORDER
                        && !grant.source().equals(order.grantSource()))
                .map(grant -> orders.find(grant.source().ref())).flatMap(Optional::stream)
                .filter(other -> heldForGoodWhenTheOtherWasPaid(order, other)).findFirst()
                .ifPresent(other -> mark(later(order, other), later(order, other) == order ? other : order));
    }

    /** Whether the earlier paid of the two held the product for good when the later one was paid. */
    private boolean heldForGoodWhenTheOtherWasPaid(ProductOrder one, ProductOrder other) {
        var later = later(one, other);
        var earlier = later == one ? other : one;
        return grants.bySource(earlier.grantSource())
                .filter(grant -> grant.forever() && grant.activeAt(later.paidAt())).isPresent();
    }

    private static ProductOrder later(ProductOrder one, ProductOrder other) {
        int byTime = one.paidAt().compareTo(other.paidAt());
        return byTime > 0 || byTime == 0 && one.orderId().compareTo(other.orderId()) > 0 ? one : other;
    }

    private void mark(ProductOrder order, ProductOrder other) {
        orders.markPaidTwice(order.orderId(), other.orderId());
        var twice = new PaidTwice(order, other);
        notifications.add(Notification.unread("paid-twice:" + order.orderId(), order.owner(),
                NotificationKind.ORDER_FULFILLED, Messages.paidTwice(twice), null, order.paidAt()));
        outbox.enqueue(OutboxMessage.toOperators("log:paid-twice:" + order.orderId(), twice.advice(),
                order.paidAt()));
    }
}
