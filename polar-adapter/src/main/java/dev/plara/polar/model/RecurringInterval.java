package dev.plara.polar.model;

import java.time.Period;

/** Polar's billing intervals ({@code RecurringInterval}: {@code day|week|month|year}) as lengths of time. */
public final class RecurringInterval {

    private RecurringInterval() {
    }

    /**
     * {@code count} {@code interval}s (a count below 1 is Polar's default, 1); {@code null} for no interval or one
     * Polar added later.
     */
    public static Period period(String interval, int count) {
        if (interval == null) {
            return null;
        }
        int times = Math.max(count, 1);
        return switch (interval) {
            case "day" -> Period.ofDays(times);
            case "week" -> Period.ofWeeks(times);
            case "month" -> Period.ofMonths(times);
            case "year" -> Period.ofYears(times);
            default -> null;
        };
    }
}
