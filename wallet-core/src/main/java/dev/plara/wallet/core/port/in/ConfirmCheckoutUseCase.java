package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.port.in.TrackCheckoutUseCase.CheckoutProgress;

import java.util.Optional;

/**
 * Fulfils a checkout from the success page when its webhook is late, as payment providers tell integrators to fulfil
 * on both: a checkout the provider took payment for but Plara has not applied yet has its paid order read from the
 * provider and applied exactly as its {@code order.paid} webhook would be, with the same idempotency key, so whichever
 * comes first applies it and the other changes nothing. Answers the checkout's progress afterwards; empty when Plara
 * opened no checkout with that id.
 */
public interface ConfirmCheckoutUseCase {

    Optional<CheckoutProgress> confirm(String checkoutId);
}
