package dev.plara.http;

import java.time.Duration;
import java.util.Objects;

/** Per-user limits on opening checkouts (card deposits and direct purchases) and on submitting bank deposits. */
public record RateLimits(Limit checkouts, Limit deposits) {

    public RateLimits {
        Objects.requireNonNull(checkouts, "checkouts");
        Objects.requireNonNull(deposits, "deposits");
    }

    /** Ten checkouts at once then one every 6 s; five bank deposits at once then one every 2 minutes. */
    public static RateLimits defaults() {
        return new RateLimits(new Limit(10, Duration.ofSeconds(6)), new Limit(5, Duration.ofMinutes(2)));
    }

    /** A token bucket: up to {@code burst} requests at once, then one more each {@code refillEvery}. */
    public record Limit(int burst, Duration refillEvery) {
        public Limit {
            Objects.requireNonNull(refillEvery, "refill interval");
            if (burst < 1 || refillEvery.isNegative() || refillEvery.isZero()) {
                throw new IllegalArgumentException("a limit allows at least one request and refills over a positive time");
            }
        }
    }
}
