package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.user.UserProfile;

import java.util.Objects;

/** Someone buys a provider product directly from the pricing page: a checkout for that product is opened. */
public interface StartProductCheckoutUseCase {

    CheckoutResult start(StartProductCheckout command);

    /**
     * Buy {@code productId}.
     *
     * @param signedIn the signed-in user, or {@code null} for a guest who gave only an email
     * @param email    the buyer's email (required for a guest; defaults to the signed-in user's)
     */
    record StartProductCheckout(String productId, String email, UserProfile signedIn) {
        public StartProductCheckout {
            Objects.requireNonNull(productId, "product id");
        }
    }
}
