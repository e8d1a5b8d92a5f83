package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.Entitlement;
import dev.plara.wallet.core.domain.access.GrantStatus;
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
import dev.plara.wallet.core.port.out.EntitlementStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.Outbox;
import dev.plara.wallet.core.port.out.ProductOrderStore;
import dev.plara.wallet.core.port.out.UnitOfWork;

/**
 * Fulfils paid direct purchases (order saved, access granted, confirmation queued). A subscription's order grants no
 * access of its own: the subscription state it reports (a renewal's new period) is applied as any subscription change.
 * Every write is idempotent, so a redelivered event finishes whatever a crash interrupted.
 */
public final class OrderFulfilmentService implements FulfilProductOrderUseCase {

    private final CheckoutStore checkouts;
    private final ProductOrderStore orders;
    private final EntitlementStore entitlements;
    private final NotificationStore notifications;
    private final Outbox outbox;
    private final UnitOfWork unitOfWork;
    private final ChangeSubscriptionUseCase subscriptions;

    public OrderFulfilmentService(CheckoutStore checkouts, ProductOrderStore orders, EntitlementStore entitlements,
                                  NotificationStore notifications, Outbox outbox, UnitOfWork unitOfWork,
                                  ChangeSubscriptionUseCase subscriptions) {
        this.checkouts = checkouts;
        this.orders = orders;
        this.entitlements = entitlements;
        this.notifications = notifications;
        this.outbox = outbox;
        this.unitOfWork = unitOfWork;
        this.subscriptions = subscriptions;
    }

    @Override
    public FulfilmentResult fulfil(PaidProductOrder paid) {
        var owner = owner(paid.claimedUser(), paid.email());
        var order = new ProductOrder(paid.orderId(), paid.checkoutId(), owner, paid.email() == null ? "" : paid.email(),
                paid.productId(), paid.productName(), paid.amount(), paid.subscriptionId(),
                Money.zero(paid.amount().currency()), paid.paidAt());
        if (paid.subscription() != null) {
            subscriptions.apply(paid.subscription());
        }
        return unitOfWork.run(() -> record(order));
    }

    private FulfilmentResult record(ProductOrder order) {
        if (order.checkoutId() != null) {
            checkouts.attachOrder(order.checkoutId(), order.orderId());
        }
        boolean first = orders.save(order);
        var saved = orders.find(order.orderId()).orElse(order);
        var source = saved.subscriptionId() != null ? saved.subscriptionId() : saved.orderId();
        var granted = new Entitlement(saved.owner(), saved.item(), source, GrantStatus.ACTIVE, saved.paidAt(),
                null, saved.paidAt().toEpochMilli());
        if (saved.subscriptionId() == null) {
            entitlements.putIfNewer(granted);
        }
        notifications.add(Notification.unread("order:" + saved.orderId(), saved.owner(),
                NotificationKind.ORDER_FULFILLED, Messages.orderConfirmed(saved), null, saved.paidAt()));
        if (!saved.email().isEmpty()) {
            outbox.enqueue(new OutboxMessage("email:order:" + saved.orderId(), Channel.EMAIL, saved.email(),
                    Messages.emailSubject(saved), Messages.emailBody(saved), saved.paidAt()));
        }
        var current = entitlements.find(saved.owner(), saved.item()).orElse(granted);
        return first ? new FulfilmentResult.Fulfilled(saved, current) : new FulfilmentResult.AlreadyFulfilled(saved);
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
