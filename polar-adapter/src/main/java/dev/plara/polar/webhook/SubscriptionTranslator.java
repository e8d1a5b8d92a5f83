package dev.plara.polar.webhook;

import dev.plara.polar.ProductUnlocks;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.payment.PaymentProduct;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;

import java.time.Instant;

/**
 * Subscription events move access: active and uncanceled grant it until the period ends, canceled keeps it until
 * {@code ends_at}, revoked ends it; created and updated carry no decision of their own and are ignored.
 */
final class SubscriptionTranslator {

    PaymentEvent translate(String type, Instant eventTime, PolarSubscription subscription) {
        GrantStatus status;
        Instant until;
        switch (type) {
            case "subscription.active", "subscription.uncanceled" -> {
                status = GrantStatus.ACTIVE;
                until = subscription.currentPeriodEnd();
            }
            case "subscription.canceled" -> {
                status = GrantStatus.CANCELED;
                until = subscription.endsAt() != null ? subscription.endsAt() : subscription.currentPeriodEnd();
            }
            case "subscription.revoked" -> {
                status = GrantStatus.REVOKED;
                until = subscription.endedAt();
            }
            default -> {
                return new PaymentEvent.Ignored(type + " changes no access: active, canceled, uncanceled and revoked do");
            }
        }
        return change(subscription, status, until, eventTime);
    }

    private PaymentEvent change(PolarSubscription subscription, GrantStatus status, Instant until, Instant eventTime) {
        String user = Buyers.claimedUser(subscription.metadata(), subscription.customer());
        String email = Buyers.email(subscription.metadata(), subscription.customer());
        if (user == null && email == null) {
            return new PaymentEvent.Ignored("subscription " + subscription.id() + " names no user and no email");
        }
        Instant changedAt = subscription.modifiedAt() != null ? subscription.modifiedAt() : eventTime;
        var product = subscription.product();
        return new PaymentEvent.SubscriptionChanged(new SubscriptionChange(subscription.id(), user, email,
                subscription.productId(), status, until, changedAt,
                product != null ? product.name() : "subscription",
                product != null ? ProductUnlocks.of(product) : PaymentProduct.itself(subscription.productId())));
    }
}
