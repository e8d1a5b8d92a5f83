package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.SubscriptionAccessPolicy;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.access.UserGrants;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.ProductOrder;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.in.ChangeSubscriptionUseCase;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase.FulfilmentResult;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase;
import dev.plara.wallet.core.port.out.CheckoutStore;
import dev.plara.wallet.core.port.out.GrantStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.ProductOrderStore;
import dev.plara.wallet.core.port.out.UnitOfWork;

import java.time.Instant;

/**
 * Fulfils paid direct purchases (order saved, what the product unlocks granted, keyed by the order, or by the
 * subscription an order pays for; confirmation queued). A subscription's order that reports its subscription's state
 * (a renewal's new period) applies that state first, as any subscription change; the order's own grant, versioned by
 * its payment time in epoch seconds (so that a renewal's replaces the order before it, yet none outranks any state of
 * the subscription, versioned in microseconds), lasts only the period the order paid
 * ({@link SubscriptionAccessPolicy#orderAccessUntil}). A one-time order for what its buyer already held for good
 * through another order is marked for an admin, who refunds one of the two ({@link PaidTwiceCheck}). Every write is
 * idempotent, so a redelivered event finishes whatever a crash interrupted.
 */
public final class OrderFulfilmentService implements FulfilProductOrderUseCase {

    private final CheckoutStore checkouts;
    private final ProductOrderStore orders;
    private final GrantStore grants;
    private final NotificationStore notifications;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final ChangeSubscriptionUseCase subscriptions;
    private final SubscriptionAccessPolicy policy;
    private final PaidTwiceCheck paidTwice;

    public OrderFulfilmentService(CheckoutStore checkouts, ProductOrderStore orders, GrantStore grants,
                                  NotificationStore notifications, Outbox outbox, UnitOfWork unitOfWork,
                                  ChangeSubscriptionUseCase subscriptions, SubscriptionAccessPolicy policy) {
        this.checkouts = checkouts;
        this.orders = orders;
        this.grants = grants;
        this.notifications = notifications;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.subscriptions = subscriptions;
        this.policy = policy;
        this.paidTwice = new PaidTwiceCheck(grants, orders, notifications, outbox);
    }

    @Override
    public FulfilmentResult fulfil(PaidProductOrder paid) {
        var owner = owner(paid.claimedUser(), paid.email());
        var order = new ProductOrder(paid.orderId(), paid.checkoutId(), owner, paid.email() == null ? "" : paid.email(),
                paid.productId(), paid.productName(), paid.amount(), paid.subscriptionId(),
                Money.zero(paid.amount().currency()), paid.paidAt(), periodEnd(paid));
        if (paid.subscription() != null) {
            subscriptions.apply(paid.subscription());
        }
        var result = unitOfWork.run(() -> record(order, paid));
        unitOfWork.run(() -> {
            paidTwice.check(orders.find(order.orderId()).orElse(order));
            return null;
        });
        return result;
    }

    private FulfilmentResult record(ProductOrder order, PaidProductOrder paid) {
        if (order.checkoutId() != null) {
            checkouts.attachOrder(order.checkoutId(), order.orderId());
        }
        boolean first = orders.save(order);
        var saved = orders.find(order.orderId()).orElse(order);
        var granted = new Grant(saved.owner(), paid.unlocks(), saved.grantSource(), saved.item(),
                saved.productName(), GrantStatus.ACTIVE, saved.paidAt(), saved.subscriptionId() == null ? null
                : policy.orderAccessUntil(saved.paidAt(), paid.term()), saved.paidAt().getEpochSecond());
        grants.upsertIfNewer(granted);
        var opens = granted.unlocks().equals(Unlocks.item(granted.soldAs())) ? "" : " "
                + AccessNotices.message(granted, new UserGrants(grants.of(saved.owner())), saved.paidAt());
        notifications.add(Notification.unread("order:" + saved.orderId(), saved.owner(),
                NotificationKind.ORDER_FULFILLED, Messages.orderConfirmed(saved) + opens, null, saved.paidAt()));
        if (!saved.email().isEmpty()) {
            outbox.enqueue(new OutboxMessage("email:order:" + saved.orderId(), Channel.EMAIL, saved.email(),
                    Messages.emailSubject(saved), Messages.emailBody(saved), saved.paidAt()));
        }
        var current = grants.bySource(saved.grantSource()).orElse(granted);
        return first ? new FulfilmentResult.Fulfilled(saved, current) : new FulfilmentResult.AlreadyFulfilled(saved);
    }

    /** The end of the period a subscription's order paid: as the order states it, else as its subscription reports. */
    private static Instant periodEnd(PaidProductOrder paid) {
        if (paid.subscriptionId() == null || paid.term().periodEnd() != null) {
            return paid.term().periodEnd();
        }
        return paid.subscription() == null ? null : paid.subscription().currentPeriodEnd();
    }

    /** The user a provider event is for: the user id it carries, else the guest its email names. */
    static UserId owner(String claimedUser, String email) {
        if (claimedUser != null && !claimedUser.isBlank()) {
            try {
                return UserId.of(claimedUser);
            } catch (IllegalArgumentException notAUserId) {
                if (email == null) {
                    throw notAUserId;
                }
            }
        }
        return UserId.guest(email);
    }
}
