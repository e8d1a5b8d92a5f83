package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.ProductOrder;

import java.util.function.Function;

/**
 * A verified paid order for a product bought directly: the order is saved, access to the product is granted and a
 * confirmation email is queued, once per order.
 */
public interface FulfilProductOrderUseCase {

    FulfilmentResult fulfil(PaidProductOrder order);

    /** What fulfilling an order did. */
    sealed interface FulfilmentResult {

        /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
        <T> T match(Function<Fulfilled, T> fulfilled, Function<AlreadyFulfilled, T> alreadyFulfilled);

        /** The order is saved and access granted. */
        record Fulfilled(ProductOrder order, Grant grant) implements FulfilmentResult {
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
