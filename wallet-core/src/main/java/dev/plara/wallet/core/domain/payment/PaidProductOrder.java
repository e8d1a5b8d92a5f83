package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.money.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * A paid product order as the provider reported it.
 *
 * @param claimedUser    the user id the order carries, or {@code null} for a guest (access goes to the email)
 * @param subscriptionId {@code null} for a one-time product
 * @param unlocks        what the product opens, as the order's product stated it when paid
 * @param subscription   the subscription as the order reports it (after a renewal, its new period), else {@code null}:
 *                       a subscription's access follows its subscription's state
 * @param term           what the order says of the period it pays for ({@link SubscriptionTerm#UNKNOWN} for a
 *                       one-time product): a subscription's access when its subscription's state is not known
 */
public record PaidProductOrder(String orderId, String checkoutId, String claimedUser, String email, String productId,
                        String productName, Money amount, String subscriptionId, Instant paidAt, Unlocks unlocks,
                        SubscriptionChange subscription, SubscriptionTerm term) {
    public PaidProductOrder {
        term = term == null ? SubscriptionTerm.UNKNOWN : term;
        Objects.requireNonNull(orderId, "order id");
        Objects.requireNonNull(productId, "product id");
        Objects.requireNonNull(productName, "product name");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(paidAt, "paid at");
        Objects.requireNonNull(unlocks, "unlocks");
        if (claimedUser == null && email == null) {
            throw new IllegalArgumentException("an order names its buyer by user id or email");
        }
        if (subscription != null && !subscription.subscriptionId().equals(subscriptionId)) {
            throw new IllegalArgumentException("an order reports its own subscription");
        }
    }

    /** An order that says nothing of its period. */
    public PaidProductOrder(String orderId, String checkoutId, String claimedUser, String email, String productId,
                            String productName, Money amount, String subscriptionId, Instant paidAt, Unlocks unlocks,
                            SubscriptionChange subscription) {
        this(orderId, checkoutId, claimedUser, email, productId, productName, amount, subscriptionId, paidAt, unlocks,
                subscription, SubscriptionTerm.UNKNOWN);
    }

    /** An order that reports no subscription state. */
    public PaidProductOrder(String orderId, String checkoutId, String claimedUser, String email, String productId,
                            String productName, Money amount, String subscriptionId, Instant paidAt, Unlocks unlocks) {
        this(orderId, checkoutId, claimedUser, email, productId, productName, amount, subscriptionId, paidAt, unlocks,
                null);
    }

    /** An order for a product that states nothing it unlocks: it opens the product itself. */
    public PaidProductOrder(String orderId, String checkoutId, String claimedUser, String email, String productId,
                            String productName, Money amount, String subscriptionId, Instant paidAt) {
        this(orderId, checkoutId, claimedUser, email, productId, productName, amount, subscriptionId, paidAt,
                PaymentProduct.itself(productId));
    }
}
