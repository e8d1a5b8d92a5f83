package dev.plara.wallet.core.domain.access;

import java.util.Locale;

/** A subscription's status at the payment provider, with Polar's names ({@code SubscriptionStatus}). */
public enum SubscriptionStatus {
    INCOMPLETE, INCOMPLETE_EXPIRED, TRIALING, ACTIVE, PAST_DUE, CANCELED, UNPAID, PAUSED;

    /** The status a provider names, such as {@code past_due}; an unknown name is refused. */
    public static SubscriptionStatus fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
