package dev.plara.wallet.core.port.out;

import java.util.Optional;

/**
 * Opens checkouts at the payment provider (Polar) and reads them back.
 *
 * <p>Contract: {@link #open} creates one hosted checkout per call, carrying the user id so the paid order can be
 * matched to the user, or answers {@link CheckoutRefused} when the provider refuses the request itself (an email it
 * cannot deliver to, a product it does not sell), saying why; {@link #status} reads the provider's current status, empty
 * for a checkout it does not know. Faults of the provider or the network are thrown as {@link PaymentProviderException}.
 */
public interface CheckoutGateway {

    CheckoutOutcome open(CheckoutRequest request);

    Optional<ProviderCheckoutStatus> status(String checkoutId);
}
