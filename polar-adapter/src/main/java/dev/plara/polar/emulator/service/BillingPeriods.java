package dev.plara.polar.emulator.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** Where a billing period or a trial that starts at a given instant ends, for each of Polar's intervals. */
final class BillingPeriods {

    private BillingPeriods() {
    }

    /** The end of {@code count} {@code interval}s ({@code day|week|month|year}) from {@code start}, in UTC. */
    static Instant end(Instant start, String interval, int count) {
        ZonedDateTime from = start.atZone(ZoneOffset.UTC);
        ZonedDateTime end = switch (interval) {
            case "day" -> from.plusDays(count);
            case "week" -> from.plusWeeks(count);
            case "year" -> from.plusYears(count);
            case "month" -> from.plusMonths(count);
            default -> throw new IllegalArgumentException("no such interval: " + interval);
        };
        return end.toInstant();
    }

    static Instant next(Instant start, String interval) {
        return end(start, interval, 1);
    }
}
