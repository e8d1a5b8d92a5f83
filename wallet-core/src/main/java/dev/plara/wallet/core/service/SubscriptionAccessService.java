package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.SubscriptionAccess;
import dev.plara.wallet.core.domain.access.SubscriptionAccessPolicy;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.domain.payment.ProductOrder;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.in.ChangeSubscriptionUseCase;
import dev.plara.wallet.core.port.out.GrantStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.ProductOrderStore;
import dev.plara.wallet.core.port.out.UnitOfWork;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Keeps the grant a subscription pays for (one per subscription) equal to what its latest state at the provider
 * implies ({@link SubscriptionAccessPolicy}): the store keeps a snapshot only when it is newer, by the provider's
 * {@code modified_at}, than the one it holds, so events that arrive late or twice end in the same state; a plan change
 * gives the same grant the new product's unlocks; a past-due grant keeps the end of its grace, which a later past-due
 * state never pushes back; a state of a period whose order was refunded in full gives none; the subscriber is told
 * whenever access starts, changes or ends.
 */
public final class SubscriptionAccessService implements ChangeSubscriptionUseCase {

    private final GrantStore grants;
    private final ProductOrderStore orders;
    private final NotificationStore notifications;
    private final UnitOfWork unitOfWork;
    private final SubscriptionAccessPolicy policy;

    public SubscriptionAccessService(GrantStore grants, ProductOrderStore orders, NotificationStore notifications,
                                     UnitOfWork unitOfWork, SubscriptionAccessPolicy policy) {
        this.grants = grants;
        this.orders = orders;
        this.notifications = notifications;
        this.unitOfWork = unitOfWork;
        this.policy = policy;
    }

    @Override
    public SubscriptionResult apply(SubscriptionChange change) {
        return unitOfWork.run(() -> record(change));
    }

    private SubscriptionResult record(SubscriptionChange change) {
        var owner = OrderFulfilmentService.owner(change.claimedUser(), change.email());
        var source = GrantSource.polarSubscription(change.subscriptionId());
        Optional<Grant> before = grants.bySource(source);
        var access = policy.accessOf(change, before.filter(grant -> grant.status() == GrantStatus.PAST_DUE)
                .map(Grant::validUntil).orElse(null), ProductOrder.refundedPeriodEnd(orders.ownedBy(owner),
                change.subscriptionId()));
        var next = grant(change, owner, before, access);
        if (!grants.upsertIfNewer(next)) {
            return new SubscriptionResult.Stale(change.subscriptionId());
        }
        notify(change, owner, before.filter(grant -> grant.status() != GrantStatus.REVOKED), access);
        return new SubscriptionResult.Changed(next);
    }

    private static Grant grant(SubscriptionChange change, UserId owner, Optional<Grant> before,
                               SubscriptionAccess access) {
        Instant from = before.map(Grant::validFrom).filter(at -> !at.isAfter(change.modifiedAt()))
                .orElse(change.modifiedAt());
        var source = GrantSource.polarSubscription(change.subscriptionId());
        var soldAs = ItemId.polarProduct(change.productId());
        if (!access.grants()) {
            return new Grant(owner, change.unlocks(), source, soldAs, change.product(), GrantStatus.REVOKED, from,
                    change.modifiedAt(), version(change));
        }
        var status = change.status() == SubscriptionStatus.PAST_DUE ? GrantStatus.PAST_DUE
                : change.cancelAtPeriodEnd() ? GrantStatus.CANCELED : GrantStatus.ACTIVE;
        var since = access.until().isBefore(from) ? access.until() : from;
        return new Grant(owner, change.unlocks(), source, soldAs, change.product(), status, since, access.until(),
                version(change));
    }

    private void notify(SubscriptionChange change, UserId owner, Optional<Grant> before, SubscriptionAccess access) {
        var prior = before.map(grant -> new AccessMessages.Before(grant.soldAs(), grant.validUntil()));
        AccessMessages.subscription(change, prior, access).ifPresent(text -> notifications.add(Notification.unread(
                "subscription:" + change.subscriptionId() + ":" + version(change), owner,
                NotificationKind.ACCESS_CHANGED, text, null, change.modifiedAt())));
    }

    /** Orders a subscription's snapshots: Polar's {@code modified_at} to the microsecond, as Polar keeps it. */
    static long version(SubscriptionChange change) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, change.modifiedAt());
    }
}
