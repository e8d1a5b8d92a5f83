package dev.plara.wallet.core.domain.payment;

import java.time.Instant;
import java.util.Objects;

/**
 * Who is opening, or has opened, the one checkout a buyer may have at a time for a product: the {@code holder} that
 * claimed it until {@code expiresAt}, and once opened the checkout's id and address ({@code null} before).
 */
public record CheckoutClaim(String key, String holder, Instant expiresAt, String checkoutId, String url) {

    public CheckoutClaim {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(expiresAt, "expires at");
    }

    public boolean opened() {
        return checkoutId != null && url != null;
    }
}
