package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.CheckoutRecord;

/** The answer to a request to open a checkout: opened, or refused with a reason for the user. */
public sealed interface CheckoutStart {

    /** The checkout is open; send the browser to {@code url}. */
    record Opened(CheckoutRecord checkout, String url) implements CheckoutStart {
    }

    /** The amount is not one that may be paid (not a choice, outside the limits, or in another currency). */
    record AmountNotAllowed(String reason) implements CheckoutStart {
    }

    /** No product with that id is for sale. */
    record UnknownProduct(String productId) implements CheckoutStart {
    }

    /** Only a signed-in user can buy this (a credit pack goes into a wallet). */
    record SignInRequired(String productId) implements CheckoutStart {
    }

    /** The payment provider refused to open the checkout, and why (for the buyer to read). */
    record ProviderRefused(String reason) implements CheckoutStart {
    }

    /** The email address given is not one. */
    record InvalidEmail(String email) implements CheckoutStart {
    }
}
