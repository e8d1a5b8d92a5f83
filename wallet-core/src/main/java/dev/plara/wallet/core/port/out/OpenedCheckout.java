package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.money.Money;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * A checkout the provider opened: its id, the hosted page to send the browser to, and its price (after any discount,
 * before tax: what the buyer chose), and until when it can be paid (the provider's {@code expires_at}).
 */
public record OpenedCheckout(String id, String url, Money amount, Instant expiresAt) implements CheckoutOpenResult {

    public OpenedCheckout {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(expiresAt, "expires at");
    }

    @Override
    public <T> T match(Function<OpenedCheckout, T> opened, Function<CheckoutRefused, T> refused) {
        return opened.apply(this);
    }
}
