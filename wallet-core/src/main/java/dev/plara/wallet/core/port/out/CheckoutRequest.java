package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.Objects;

/**
 * What to sell in a checkout and to whom.
 *
 * @param user   the signed-in buyer, by whose id the provider keeps its customer; {@code null} for a guest, who is
 *               known by email only
 * @param email  {@code null} to let the customer type it at the provider (a guest always has one)
 * @param amount the amount for a custom-price product (a wallet top-up); {@code null} for a fixed price
 */
public record CheckoutRequest(CheckoutPurpose purpose, String productId, UserId user, String email, Money amount) {

    public CheckoutRequest {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(productId, "product id");
        if (user == null && email == null) {
            throw new IllegalArgumentException("a guest's checkout needs the guest's email");
        }
    }

    /** Whom Plara keeps the checkout for: the signed-in user, or the guest the email names. */
    public UserId owner() {
        return user != null ? user : UserId.guest(email);
    }
}
