package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.Objects;

/**
 * What to sell in a checkout and to whom.
 *
 * @param email  {@code null} to let the customer type it at the provider
 * @param amount the amount for a custom-price product (a wallet top-up); {@code null} for a fixed price
 */
public record CheckoutRequest(CheckoutPurpose purpose, String productId, UserId user, String email, Money amount) {

    public CheckoutRequest {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(productId, "product id");
        Objects.requireNonNull(user, "user");
    }
}
