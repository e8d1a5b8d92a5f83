package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;

import java.time.Instant;
import java.util.Objects;

/**
 * A checkout Plara opened at the payment provider, recorded so its progress can be shown and matched.
 *
 * @param user      the signed-in user, or the guest derived from the email for a purchase without sign-in
 * @param productId the product the checkout sells (the top-up product for deposits)
 * @param orderId   the provider's order once it was paid and seen by Plara; {@code null} before
 */
public record CheckoutRecord(String checkoutId, CheckoutPurpose purpose, UserId user, String email, String productId,
                             Money amount, Instant createdAt, String orderId) {

    public CheckoutRecord {
        Objects.requireNonNull(checkoutId, "checkout id");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(productId, "product id");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(createdAt, "created at");
    }

    public static CheckoutRecord opened(String checkoutId, CheckoutPurpose purpose, UserId user, String email,
                                        String productId, Money amount, Instant at) {
        return new CheckoutRecord(checkoutId, purpose, user, email, productId, amount, at, null);
    }
}
