package dev.plara.wallet.core.domain.access;

import java.time.Instant;
import java.util.Objects;

/**
 * The access a subscription's state gives its subscriber: until {@code until}, or none ({@code until} is
 * {@code null}); {@code why} says it in the subscriber's words.
 */
public record SubscriptionAccess(Instant until, String why) {

    public SubscriptionAccess {
        Objects.requireNonNull(why, "why");
    }

    static SubscriptionAccess until(Instant until, String why) {
        return new SubscriptionAccess(Objects.requireNonNull(until, "until"), why);
    }

    static SubscriptionAccess none(String why) {
        return new SubscriptionAccess(null, why);
    }

    /** Whether it gives any access at all (it may still lie in the past). */
    public boolean grants() {
        return until != null;
    }

    public boolean activeAt(Instant now) {
        return until != null && now.isBefore(until);
    }
}
