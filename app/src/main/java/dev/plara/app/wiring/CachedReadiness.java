package dev.plara.app.wiring;

import dev.plara.http.ReadinessCheck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * A readiness check that asks an outside service at most once per {@code maxAge}, so frequent probes do not spend the
 * service's rate limit; any exception counts as not ready.
 */
final class CachedReadiness implements ReadinessCheck {

    private final String name;
    private final BooleanSupplier probe;
    private final Duration maxAge;
    private final Clock clock;
    private Instant checkedAt = Instant.MIN;
    private boolean ready;

    CachedReadiness(String name, BooleanSupplier probe, Duration maxAge, Clock clock) {
        this.name = name;
        this.probe = probe;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized boolean ready() {
        var now = clock.instant();
        if (Duration.between(checkedAt, now).compareTo(maxAge) >= 0) {
            ready = probeSafely();
            checkedAt = now;
        }
        return ready;
    }

    private boolean probeSafely() {
        try {
            return probe.getAsBoolean();
        } catch (RuntimeException unreachable) {
            return false;
        }
    }
}
