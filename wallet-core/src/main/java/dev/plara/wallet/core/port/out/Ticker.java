package dev.plara.wallet.core.port.out;

import java.time.Clock;

/**
 * Elapsed time on this machine in nanoseconds, never set back: what a worker times its own work by (never compared
 * with another machine's). A server passes its monotonic ticker ({@code System::nanoTime}).
 */
@FunctionalInterface
public interface Ticker {

    long nanos();

    /** Elapsed time as {@code clock} tells it: for a test whose clock moves time on; a wall clock may be set back. */
    static Ticker of(Clock clock) {
        return () -> clock.millis() * 1_000_000L;
    }
}
