package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A paid product order as the provider reported it.
 *
 * @param claimedUser    the user id the order carries, or {@code null} for a guest (access goes to the email)
 * @param subscriptionId {@code null} for a one-time product
 * @param subscription   the subscription as the order reports it (after a renewal, its new period), else {@code null}:
 *                       a subscription's order grants no access of its own, its subscription's state does
 */
public record PaidProductOrder(String orderId, String checkoutId, String claimedUser, String email, String productId,
                        String productName, Money amount, String subscriptionId, Instant paidAt,
                        SubscriptionChange subscription) {

    /** An order that reports no subscription. */
    public PaidProductOrder(String orderId, String checkoutId, String claimedUser, String email, String productId,
                            String productName, Money amount, String subscriptionId, Instant paidAt) {
        this(orderId, checkoutId, claimedUser, email, productId, productName, amount, subscriptionId, paidAt, null);
    }

    public PaidProductOrder {
        Objects.requireNonNull(orderId, "order id");
        Objects.requireNonNull(productId, "product id");
        Objects.requireNonNull(productName, "product name");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidAt, "paid at");
        if (claimedUser == null && email == null) {
            throw new IllegalArgumentException("an order names its buyer by user id or email");
        }
        if (subscription != null && !subscription.subscriptionId().equals(subscriptionId)) {
            throw new IllegalArgumentException("an order reports its own subscription");
        }
    }
}
