package dev.plara.wallet.core.port.out;

import java.util.Objects;
import java.util.function.Function;

/** The provider refused the checkout as asked (an email it cannot deliver to, say), with its reason for the buyer. */
public record CheckoutRefused(String reason) implements CheckoutOpenResult {

    public CheckoutRefused {
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public <T> T match(Function<OpenedCheckout, T> opened, Function<CheckoutRefused, T> refused) {
        return refused.apply(this);
    }
}
