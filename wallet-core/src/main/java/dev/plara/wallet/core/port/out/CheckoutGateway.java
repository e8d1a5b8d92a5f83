package dev.plara.wallet.core.port.out;

import java.util.Optional;

/**
 * Opens checkouts at the payment provider (Polar) and reads them back.
 *
 * <p>Contract: {@link #open} creates one hosted checkout per call, carrying the user id so the paid order can be
 * matched to the user; {@link #status} reads the provider's current status, empty for a checkout it does not know.
 * Faults of the provider or the network are thrown as {@link PaymentProviderException}.
 */
public interface CheckoutGateway {

    OpenedCheckout open(CheckoutRequest request);

    Optional<ProviderCheckoutStatus> status(String checkoutId);
}
