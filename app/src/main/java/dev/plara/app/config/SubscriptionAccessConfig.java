package dev.plara.app.config;

import dev.plara.wallet.core.domain.access.SubscriptionAccessPolicy;

import java.time.Duration;

/**
 * How long a subscription keeps access past what Polar last reported: {@code PLARA_RENEWAL_LEEWAY_MINUTES} past the
 * end of an active period (60: a renewal Polar reports a little late does not lock out a paying subscriber) and
 * {@code PLARA_PAST_DUE_GRACE_DAYS} after a renewal payment failed (7: Polar retries the card over about three weeks,
 * and most failed renewals are paid at the first retries).
 */
final class SubscriptionAccessConfig {

    private SubscriptionAccessConfig() {
    }

    static SubscriptionAccessPolicy from(Env env) {
        long leeway = env.parsed("PLARA_RENEWAL_LEEWAY_MINUTES", SubscriptionAccessConfig::notNegative, 60L);
        long grace = env.parsed("PLARA_PAST_DUE_GRACE_DAYS", SubscriptionAccessConfig::notNegative, 7L);
        return new SubscriptionAccessPolicy(Duration.ofMinutes(leeway), Duration.ofDays(grace));
    }

    private static long notNegative(String value) {
        long parsed = Long.parseLong(value.strip());
        if (parsed < 0 || parsed > 36_500) {
            throw new IllegalArgumentException("give a whole number from 0 to 36500");
        }
        return parsed;
    }
}
