package dev.plara.wallet.core.domain.access;

import java.util.Locale;

/**
 * A subscription's status at the payment provider, with Polar's names ({@code SubscriptionStatus}); {@code UNKNOWN}
 * is any status the provider added after these.
 */
public enum SubscriptionStatus {
    INCOMPLETE, INCOMPLETE_EXPIRED, TRIALING, ACTIVE, PAST_DUE, CANCELED, UNPAID, PAUSED, UNKNOWN;

    /** The status a provider names, such as {@code past_due}; {@code UNKNOWN} for a name not among these. */
    public static SubscriptionStatus fromWire(String name) {
        for (SubscriptionStatus status : values()) {
            if (status != UNKNOWN && status.wireName().equals(name)) {
                return status;
            }
        }
        return UNKNOWN;
    }

    /** Whether the provider still charges a subscription in this status every period (a trial ends in a charge). */
    public boolean charged() {
        return this == TRIALING || this == ACTIVE || this == PAST_DUE;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
