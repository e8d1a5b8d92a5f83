package dev.plara.wallet.core.port.out;

/** What the provider did with a request to open a checkout: opened it, or refused the request itself. */
public sealed interface CheckoutOutcome permits OpenedCheckout, CheckoutRefused {
}
