package dev.plara.polar.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long the client waits before trying a request again: only after IO errors, 429 and 5xx, at most
 * {@code maxAttempts} tries in all, with a capped, jittered exponential backoff. A 429's {@code retry-after} is honoured
 * when it is no longer than {@code maxDelay}; a longer one is not waited for.
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, Sleeper sleeper) {

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initial delay");
        Objects.requireNonNull(maxDelay, "max delay");
        Objects.requireNonNull(sleeper, "sleeper");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt, not " + maxAttempts);
        }
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("delays must be 0 <= initial <= max");
        }
    }

    /** Three attempts, waits of 0.5 s doubling up to 8 s, on the calling thread. */
    public static RetryPolicy standard() {
        return new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8), Sleeper.THREAD);
    }

    /** One attempt and no retry, for tests that want to see the first failure. */
    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Sleeper.THREAD);
    }

    public RetryPolicy withSleeper(Sleeper other) {
        return new RetryPolicy(maxAttempts, initialDelay, maxDelay, other);
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialDelay, maxDelay, sleeper);
    }

    /** The wait after the {@code failedAttempts}-th failure: half to all of {@code initial * 2^(n-1)}, capped. */
    public Duration backoff(int failedAttempts) {
        long cap = maxDelay.toMillis();
        long base = Math.min(cap, initialDelay.toMillis() << Math.min(failedAttempts - 1, 30));
        long half = base / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(base - half + 1));
    }

    /** Whether a server's {@code retry-after} is short enough to wait for. */
    public boolean honours(Duration retryAfter) {
        return retryAfter.compareTo(maxDelay) <= 0;
    }

    /** A {@code retry-after} header in seconds, empty when it is not a number of seconds. */
    static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
        } catch (NumberFormatException notSeconds) {
            return Optional.empty();
        }
    }
}
