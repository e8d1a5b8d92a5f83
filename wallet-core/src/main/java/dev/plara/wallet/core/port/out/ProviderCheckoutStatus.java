package dev.plara.wallet.core.port.out;

/** Where a checkout stands at the payment provider. {@code CONFIRMED} only means the customer pressed Pay. */
public enum ProviderCheckoutStatus {
    OPEN, CONFIRMED, SUCCEEDED, FAILED, EXPIRED
}
