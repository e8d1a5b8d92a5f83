package dev.plara.wallet.core.domain.payment;

import dev.plara.wallet.core.domain.money.Money;

import java.util.Objects;

/**
 * A subscription as the provider lists it: its state, and what it costs each {@code interval} ({@code day},
 * {@code week}, {@code month} or {@code year}).
 */
public record ProviderSubscription(SubscriptionChange state, Money price, String interval) {

    public ProviderSubscription {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(interval, "interval");
    }
}
