package dev.plara.app;

import dev.plara.polar.emulator.PolarEmulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that reads the emulator's time, so that advancing the emulator's clock moves a server's too. */
final class EmulatorTime extends Clock {

    private final PolarEmulator emulator;

    EmulatorTime(PolarEmulator emulator) {
        this.emulator = emulator;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the emulator's time is UTC");
    }

    @Override
    public Instant instant() {
        return emulator.controls().now();
    }
}
