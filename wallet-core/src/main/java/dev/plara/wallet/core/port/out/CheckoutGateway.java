package dev.plara.wallet.core.port.out;

import java.util.Optional;

/**
 * Opens checkouts at the payment provider (Polar) and reads them back.
 *
 * <p>Contract: {@link #open} creates a new hosted checkout on every call, charging the product's fixed price or, for a
 * custom price, the amount asked, and carrying the user id so the paid order can be matched to the user; it answers
 * {@link CheckoutRefused} in the provider's words when the provider refuses the request itself (an amount outside the
 * product's range, a product it does not sell, an email it cannot deliver to). {@link #status} reads the provider's
 * current status ({@code SUCCEEDED} once paid), empty for a checkout it does not know. Faults of the provider or the
 * network are thrown as {@link PaymentProviderException}.
 */
public interface CheckoutGateway {

    CheckoutOpenResult open(CheckoutRequest request);

    Optional<ProviderCheckoutStatus> status(String checkoutId);
}
