package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.payment.CheckoutRecord;

import java.time.Instant;
import java.util.function.Function;

/** The answer to a request to open a checkout: opened, or refused with a reason for the user. */
public sealed interface CheckoutResult {

    /** Calls the function for this variant; a new variant fails to compile until every caller handles it. */
    <T> T match(Function<Opened, T> opened, Function<AmountNotAllowed, T> amountNotAllowed,
            Function<UnknownProduct, T> unknownProduct, Function<SignInRequired, T> signInRequired,
            Function<ProviderRefused, T> providerRefused, Function<AlreadyOwned, T> alreadyOwned,
            Function<InvalidEmail, T> invalidEmail);

    /** The checkout is open until {@code expiresAt}; send the browser to {@code url}. */
    record Opened(CheckoutRecord checkout, String url, Instant expiresAt) implements CheckoutResult {
        @Override
        public <T> T match(Function<Opened, T> opened, Function<AmountNotAllowed, T> amountNotAllowed,
                Function<UnknownProduct, T> unknownProduct, Function<SignInRequired, T> signInRequired,
                Function<ProviderRefused, T> providerRefused, Function<AlreadyOwned, T> alreadyOwned,
                Function<InvalidEmail, T> invalidEmail) {
            return opened.apply(this);
        }
    }

    /** The amount is not one that may be paid (not a choice, outside the limits, or in another currency). */
    record AmountNotAllowed(String reason) implements CheckoutResult {
        @Override
        public <T> T match(Function<Opened, T> opened, Function<AmountNotAllowed, T> amountNotAllowed,
                Function<UnknownProduct, T> unknownProduct, Function<SignInRequired, T> signInRequired,
                Function<ProviderRefused, T> providerRefused, Function<AlreadyOwned, T> alreadyOwned,
                Function<InvalidEmail, T> invalidEmail) {
            return amountNotAllowed.apply(this);
        }
    }

    /** No product with that id is for sale. */
    record UnknownProduct(String productId) implements CheckoutResult {
        @Override
        public <T> T match(Function<Opened, T> opened, Function<AmountNotAllowed, T> amountNotAllowed,
                Function<UnknownProduct, T> unknownProduct, Function<SignInRequired, T> signInRequired,
                Function<ProviderRefused, T> providerRefused, Function<AlreadyOwned, T> alreadyOwned,
                Function<InvalidEmail, T> invalidEmail) {
            return unknownProduct.apply(this);
        }
    }

    /** Only a signed-in user can buy this (a credit pack goes into a wallet). */
    record SignInRequired(String productId) implements CheckoutResult {
        @Override
        public <T> T match(Function<Opened, T> opened, Function<AmountNotAllowed, T> amountNotAllowed,
                Function<UnknownProduct, T> unknownProduct, Function<SignInRequired, T> signInRequired,
                Function<ProviderRefused, T> providerRefused, Function<AlreadyOwned, T> alreadyOwned,
                Function<InvalidEmail, T> invalidEmail) {
            return signInRequired.apply(this);
        }
    }

    /** The payment provider refused to open the checkout, and why (for the buyer to read). */
    record ProviderRefused(String reason) implements CheckoutResult {
        @Override
        public <T> T match(Function<Opened, T> opened, Function<AmountNotAllowed, T> amountNotAllowed,
                Function<UnknownProduct, T> unknownProduct, Function<SignInRequired, T> signInRequired,
                Function<ProviderRefused, T> providerRefused, Function<AlreadyOwned, T> alreadyOwned,
                Function<InvalidEmail, T> invalidEmail) {
            return providerRefused.apply(this);
        }
    }

    /**
     * The buyer holds this product already through {@code heldBy} (bought for good, or a subscription to it still
     * running); nothing opened.
     */
    record AlreadyOwned(String productId, Grant heldBy) implements CheckoutResult {

        /** Whether what holds it is a running subscription to this very product (to manage, not to buy). */
        public boolean activeSubscription() {
            return heldBy.source().kind() == GrantSource.Kind.POLAR_SUBSCRIPTION
                    && heldBy.soldAs().equals(ItemId.polarProduct(productId));
        }

        @Override
        public <T> T match(Function<Opened, T> opened, Function<AmountNotAllowed, T> amountNotAllowed,
                Function<UnknownProduct, T> unknownProduct, Function<SignInRequired, T> signInRequired,
                Function<ProviderRefused, T> providerRefused, Function<AlreadyOwned, T> alreadyOwned,
                Function<InvalidEmail, T> invalidEmail) {
            return alreadyOwned.apply(this);
        }
    }

    /** The email address given is not one. */
    record InvalidEmail(String email) implements CheckoutResult {
        @Override
        public <T> T match(Function<Opened, T> opened, Function<AmountNotAllowed, T> amountNotAllowed,
                Function<UnknownProduct, T> unknownProduct, Function<SignInRequired, T> signInRequired,
                Function<ProviderRefused, T> providerRefused, Function<AlreadyOwned, T> alreadyOwned,
                Function<InvalidEmail, T> invalidEmail) {
            return invalidEmail.apply(this);
        }
    }
}
