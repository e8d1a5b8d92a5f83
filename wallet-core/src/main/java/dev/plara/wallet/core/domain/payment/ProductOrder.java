package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * A paid Polar order for a product bought directly (the pricing-page flow), kept for the success page and refunds.
 *
 * @param subscriptionId {@code null} for a one-time product
 * @param periodEnd      the end of the subscription period the order paid; {@code null} when it is not known (a
 *                       one-time product, an order that did not say it, one stored before Plara kept it)
 */
public record ProductOrder(String orderId, String checkoutId, UserId owner, String email, String productId,
                           String productName, Money amount, String subscriptionId, Money refunded, Instant paidAt,
                           Instant periodEnd) {

    public ProductOrder {
        Objects.requireNonNull(orderId, "order id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(productId, "product id");
        Objects.requireNonNull(productName, "product name");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(refunded, "refunded");
        Objects.requireNonNull(paidAt, "paid at");
        if (amount.isNegative() || refunded.isNegative()) {
            throw new IllegalArgumentException("order amounts are never negative");
        }
    }

    public ItemId item() {
        return ItemId.polarProduct(productId);
    }

    /** What paid for the access this order bought: the subscription it renews, else the order itself. */
    public GrantSource grantSource() {
        return subscriptionId != null ? GrantSource.polarSubscription(subscriptionId) : GrantSource.polarOrder(orderId);
    }

    /** This order with {@code refunded} taken back in all. */
    public ProductOrder withRefunded(Money refunded) {
        return new ProductOrder(orderId, checkoutId, owner, email, productId, productName, amount, subscriptionId,
                refunded, paidAt, periodEnd);
    }

    public boolean fullyRefunded() {
        return !refunded.isLessThan(amount);
    }

    /** The end of the latest period of {@code subscriptionId} whose order among {@code orders} was refunded in full. */
    public static Instant refundedPeriodEnd(Collection<ProductOrder> orders, String subscriptionId) {
        return orders.stream().filter(order -> subscriptionId.equals(order.subscriptionId()) && order.fullyRefunded()
                && order.periodEnd() != null).map(ProductOrder::periodEnd).max(Comparator.naturalOrder()).orElse(null);
    }
}
