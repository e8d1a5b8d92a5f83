package dev.plara.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** The system clock moved forward by what a test says, so a server running on it sees a plan's period pass. */
final class ShiftingClock extends Clock {

    private volatile Duration shift = Duration.ZERO;

    /** Moves every later reading forward by {@code by}. */
    synchronized void advance(Duration by) {
        shift = shift.plus(by);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a shifting clock runs in UTC");
    }
}
