package dev.plara.wallet.core.port.out;

import java.time.Clock;

/**
 * Elapsed time on this machine in nanoseconds, never set back: what a worker times its own work by (never compared
 * with another machine's). A server passes its monotonic ticker ({@code System::nanoTime}).
 */
@FunctionalInterface
public interface Ticker {

    long nanos();

    /** Elapsed time as {@code clock} tells it: for an embedding that gives a clock alone, or a test's clock. */
    static Ticker of(Clock clock) {
        return () -> clock.millis() * 1_000_000L;
    }
}
