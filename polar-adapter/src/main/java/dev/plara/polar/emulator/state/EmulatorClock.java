package dev.plara.polar.emulator.state;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The emulator's notion of now: a base clock moved forward by what the control API asked, so that "paid two hours
 * after it was created" really happens in the objects' times without waiting two hours.
 */
public final class EmulatorClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public EmulatorClock(Clock base) {
        this.base = base;
    }

    /** Moves now forward by {@code amount}; never back. */
    public void advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("the emulator's clock only moves forward");
        }
        offset.accumulateAndGet(amount, Duration::plus);
    }

    public Duration offset() {
        return offset.get();
    }

    void restore(Duration saved) {
        offset.set(saved);
    }

    /** The base clock's now, without the offset: what a webhook's signing time must be to pass a real verifier. */
    public Instant wallTime() {
        return base.instant();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the emulator's clock stays in UTC");
    }
}
