package dev.plara.polar.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the instants Polar sends ({@code 2026-05-01T10:00:00.123456Z}) without building a formatter per value, as the
 * JDK's ISO instant parser does: the canonical UTC form is read by hand, anything else is left to the JDK's parser.
 */
public final class IsoInstants {

    private static final int SHORTEST = "2026-05-01T10:00:00Z".length();

    private IsoInstants() {
    }

    /** The instant of an ISO-8601 text, exactly as {@link Instant#parse} reads it, and failing as it does. */
    public static Instant parse(CharSequence text) {
        var canonical = canonicalUtc(text);
        return canonical != null ? canonical : Instant.parse(text);
    }

    /** The instant of {@code YYYY-MM-DDTHH:MM:SS[.fraction]Z} with every field in range, else {@code null}. */
    static Instant canonicalUtc(CharSequence text) {
        int length = text.length();
        if (length < SHORTEST || length > SHORTEST + 10 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
                || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int nanos = 0;
        if (length > SHORTEST) {
            if (text.charAt(19) != '.' || length == SHORTEST + 1) {
                return null;
            }
            int digits = digits(text, 20, length - 1);
            if (digits < 0) {
                return null;
            }
            nanos = digits;
            for (int i = length - 1 - 20; i < 9; i++) {
                nanos *= 10;
            }
        }
        int year = digits(text, 0, 4);
        int second = digits(text, 17, 19);
        if (year < 0 || second == 60) {
            return null;
        }
        try {
            return LocalDateTime.of(year, digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13),
                    digits(text, 14, 16), second, nanos).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException outOfRange) {
            return null;
        }
    }

    /** The decimal number of {@code text[from, to)}, or -1 if any of it is not an ASCII digit. */
    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
