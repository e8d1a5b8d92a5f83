package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.Entitlement;
import dev.plara.wallet.core.domain.Money;
import dev.plara.wallet.core.domain.ProductOrder;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * A verified paid order for a product bought directly: the order is saved, access to the product is granted and a
 * confirmation email is queued, once per order.
 */
public interface FulfilProductOrderUseCase {

    FulfilmentResult fulfil(PaidProductOrder order);

    /**
     * A paid product order as the provider reported it.
     *
     * @param claimedUser    the user id the order carries, or {@code null} for a guest (access goes to the email)
     * @param subscriptionId {@code null} for a one-time product
     */
    record PaidProductOrder(String orderId, String checkoutId, String claimedUser, String email, String productId,
                            String productName, Money amount, String subscriptionId, Instant paidAt) {
        public PaidProductOrder {
            Objects.requireNonNull(orderId, "order id");
            Objects.requireNonNull(productId, "product id");
            Objects.requireNonNull(productName, "product name");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(paidAt, "paid at");
            if (claimedUser == null && email == null) {
                throw new IllegalArgumentException("an order names its buyer by user id or email");
            }
        }
    }

    /** What fulfilling an order did. */
    sealed interface FulfilmentResult {

        /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
        <T> T match(Function<Fulfilled, T> fulfilled, Function<AlreadyFulfilled, T> alreadyFulfilled);

        /** The order is saved and access granted. */
        record Fulfilled(ProductOrder order, Entitlement entitlement) implements FulfilmentResult {
            @Override
            public <T> T match(Function<Fulfilled, T> fulfilled, Function<AlreadyFulfilled, T> alreadyFulfilled) {
                return fulfilled.apply(this);
            }
        }

        /** This order was fulfilled before; nothing new happened. */
        record AlreadyFulfilled(ProductOrder order) implements FulfilmentResult {
            @Override
            public <T> T match(Function<Fulfilled, T> fulfilled, Function<AlreadyFulfilled, T> alreadyFulfilled) {
                return alreadyFulfilled.apply(this);
            }
        }
    }
}
