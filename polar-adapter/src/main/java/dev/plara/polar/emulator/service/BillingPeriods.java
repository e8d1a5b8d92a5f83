package dev.plara.polar.emulator.service;

import dev.plara.polar.model.RecurringInterval;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/** Where a billing period or a trial that starts at a given instant ends, for each of Polar's intervals. */
final class BillingPeriods {

    private BillingPeriods() {
    }

    /** The end of {@code count} {@code interval}s ({@code day|week|month|year}) from {@code start}, in UTC. */
    static Instant end(Instant start, String interval, int count) {
        Period period = RecurringInterval.period(interval, count);
        if (period == null) {
            throw new IllegalArgumentException("no such interval: " + interval);
        }
        return start.atZone(ZoneOffset.UTC).plus(period).toInstant();
    }

    static Instant next(Instant start, String interval) {
        return end(start, interval, 1);
    }
}
