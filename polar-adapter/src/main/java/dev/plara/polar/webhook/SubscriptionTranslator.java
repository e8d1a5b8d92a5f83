package dev.plara.polar.webhook;

import dev.plara.polar.ProductUnlocks;
import dev.plara.polar.model.PolarCustomer;
import dev.plara.polar.model.PolarProduct;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.payment.PaymentProduct;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;

import java.time.Instant;

/**
 * Every {@code subscription.*} event carries the whole subscription as Polar holds it after the change, and so does
 * the subscription embedded in a renewal's order: each becomes the same snapshot, stamped with Polar's
 * {@code modified_at} (its {@code created_at} before any change), from which the core decides the access. A status
 * Polar added after Plara's list is {@code UNKNOWN}, not unreadable: its dates still say what was paid.
 */
final class SubscriptionTranslator {

    PaymentEvent translate(String type, PolarSubscription subscription) {
        return snapshot(subscription, subscription.customer(), subscription.product(),
                type + " of subscription " + subscription.id());
    }

    /**
     * The subscription as a paid order embeds it (without its product): the order's customer names the subscriber
     * and the order's product, when it is the subscription's, says what it unlocks.
     */
    PaymentEvent snapshot(PolarSubscription subscription, PolarCustomer customer, PolarProduct product, String what) {
        String user = Buyers.claimedUser(subscription.metadata(), customer);
        String email = Buyers.email(subscription.metadata(), customer);
        if (user == null && email == null) {
            return new PaymentEvent.Ignored(what + " names no user and no email");
        }
        Instant modifiedAt = subscription.modifiedAt() != null ? subscription.modifiedAt() : subscription.createdAt();
        if (subscription.status() == null || modifiedAt == null || subscription.productId() == null) {
            return new PaymentEvent.Malformed(what + " lacks its status, product or dates");
        }
        SubscriptionStatus status = SubscriptionStatus.fromWire(subscription.status());
        boolean known = product != null && subscription.productId().equals(product.id());
        Unlocks unlocks = known ? ProductUnlocks.of(product) : PaymentProduct.itself(subscription.productId());
        return new PaymentEvent.SubscriptionChanged(new SubscriptionChange(subscription.id(), user, email,
                subscription.productId(), known ? product.name() : null, unlocks, status, subscription.currentPeriodEnd(),
                subscription.cancelAtPeriodEnd(), subscription.endsAt(), subscription.endedAt(),
                subscription.pastDueAt(), modifiedAt));
    }
}
