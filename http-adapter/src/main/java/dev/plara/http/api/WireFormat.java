package dev.plara.http.api;

import java.time.Instant;
import java.util.Locale;

/** How the API writes times and enum values: ISO-8601 UTC instants, lower-case snake_case names. */
final class WireFormat {

    private WireFormat() {
    }

    static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }
}
