package dev.plara.wallet.core.port.out;

import java.util.Objects;

/** The provider refused the checkout as asked (an email it cannot deliver to, say), with its reason for the buyer. */
public record CheckoutRefused(String reason) implements CheckoutOutcome {

    public CheckoutRefused {
        Objects.requireNonNull(reason, "reason");
    }
}
