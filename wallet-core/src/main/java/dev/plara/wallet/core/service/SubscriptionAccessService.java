package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.Entitlement;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.access.SubscriptionAccess;
import dev.plara.wallet.core.domain.access.SubscriptionAccessPolicy;
import dev.plara.wallet.core.domain.notification.Notification;
import dev.plara.wallet.core.domain.notification.NotificationKind;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.in.ChangeSubscriptionUseCase;
import dev.plara.wallet.core.port.out.EntitlementStore;
import dev.plara.wallet.core.port.out.NotificationStore;
import dev.plara.wallet.core.port.out.UnitOfWork;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;

/**
 * Keeps the access a subscription grants equal to what its latest state at the provider implies
 * ({@link SubscriptionAccessPolicy}): a snapshot is applied only when it is newer (by the provider's
 * {@code modified_at}) than the last one applied for that subscription, so events that arrive late or twice end in
 * the same state; a plan change moves the access to the new product; the subscriber is told whenever access starts,
 * changes or ends.
 */
public final class SubscriptionAccessService implements ChangeSubscriptionUseCase {

    private final EntitlementStore entitlements;
    private final NotificationStore notifications;
    private final UnitOfWork unitOfWork;
    private final SubscriptionAccessPolicy policy;

    public SubscriptionAccessService(EntitlementStore entitlements, NotificationStore notifications,
                                     UnitOfWork unitOfWork, SubscriptionAccessPolicy policy) {
        this.entitlements = entitlements;
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
        long version = version(change);
        Optional<Entitlement> latest = entitlements.bySource(change.subscriptionId()).stream()
                .max(Comparator.comparingLong(Entitlement::version));
        if (latest.isPresent() && latest.get().version() >= version) {
            return new SubscriptionResult.Stale(change.subscriptionId());
        }
        var access = policy.accessOf(change);
        var item = ItemId.polarProduct(change.productId());
        var grantedAt = latest.map(Entitlement::grantedAt).filter(at -> !at.isAfter(change.modifiedAt()))
                .orElse(change.modifiedAt());
        var next = entitlement(change, owner, item, access, grantedAt, version);
        if (!entitlements.putIfNewer(next)) {
            return new SubscriptionResult.Stale(change.subscriptionId());
        }
        entitlements.bySource(change.subscriptionId()).stream().filter(old -> !old.item().equals(item))
                .filter(old -> old.status() != GrantStatus.REVOKED)
                .forEach(old -> entitlements.putIfNewer(old.revoked(change.modifiedAt(), version)));
        notifyIfChanged(change, owner, latest, access);
        return new SubscriptionResult.Changed(next);
    }

    private static Entitlement entitlement(SubscriptionChange change, UserId owner,
                                           ItemId item, SubscriptionAccess access, Instant grantedAt, long version) {
        if (!access.grants()) {
            return new Entitlement(owner, item, change.subscriptionId(), GrantStatus.REVOKED, grantedAt,
                    change.modifiedAt(), version);
        }
        var status = change.cancelAtPeriodEnd() ? GrantStatus.CANCELED : GrantStatus.ACTIVE;
        var since = access.until().isBefore(grantedAt) ? access.until() : grantedAt;
        return new Entitlement(owner, item, change.subscriptionId(), status, since, access.until(), version);
    }

    private void notifyIfChanged(SubscriptionChange change, UserId owner,
                                 Optional<Entitlement> before, SubscriptionAccess access) {
        var prior = before.map(old -> new AccessMessages.Before(old.item().value().substring("polar-product:".length()),
                old.status() == GrantStatus.REVOKED ? null : old.validUntil()));
        var message = AccessMessages.subscription(change, prior, access);
        message.ifPresent(text -> notifications.add(Notification.unread("subscription:" + change.subscriptionId()
                + ":" + version(change), owner, NotificationKind.ACCESS_CHANGED, text, null,
                change.modifiedAt())));
    }

    /** Orders a subscription's snapshots: Polar's {@code modified_at} to the microsecond, as Polar keeps it. */
    static long version(SubscriptionChange change) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, change.modifiedAt());
    }
}
