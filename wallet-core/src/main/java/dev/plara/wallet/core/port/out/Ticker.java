package dev.plara.wallet.core.port.out;

import java.time.Clock;
import java.time.ZoneOffset;

/**
 * Elapsed time on this machine in nanoseconds, never set back: what a worker times its own work by (never compared
 * with another machine's).
 */
@FunctionalInterface
public interface Ticker {

    long nanos();

    /**
     * The machine's monotonic ticker ({@link System#nanoTime}) when {@code clock} is the system's, else the time
     * {@code clock} tells (a clock a test moves by hand).
     */
    static Ticker of(Clock clock) {
        if (clock.withZone(ZoneOffset.UTC).equals(Clock.systemUTC())) {
            return System::nanoTime;
        }
        return () -> clock.millis() * 1_000_000L;
    }
}
