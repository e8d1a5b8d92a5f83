package dev.plara.bench;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The garbage collector's pauses in some lines of a JVM's GC log ({@code -Xlog:gc}, or {@code jcmd VM.log what=gc}):
 * how many, how many of them were full collections, their sum and the longest, in milliseconds. Every collector logs
 * each stop of the application as a line {@code GC(n) Pause <kind> ... <duration>ms}; the concurrent work G1 does beside
 * the application is not counted. A JVM whose log could not be turned on (it refused {@code jcmd}) or read counts as
 * {@code unknown}: its pauses are not known, which is not the same as none.
 */
record GcPauses(int count, int full, double sumMillis, double maxMillis, int unknown) {

    static final GcPauses NONE = new GcPauses(0, 0, 0, 0, 0);
    /** One JVM's pauses, not known. */
    static final GcPauses UNKNOWN = new GcPauses(0, 0, 0, 0, 1);

    private static final Pattern PAUSE = Pattern.compile("GC\\(\\d+\\) Pause (\\w+).* (\\d+(?:\\.\\d+)?)ms$");

    /** The pauses {@code lines} of a GC log record. */
    static GcPauses of(List<String> lines) {
        var pauses = NONE;
        for (String line : lines) {
            var pause = PAUSE.matcher(line.strip());
            if (pause.find()) {
                double millis = Double.parseDouble(pause.group(2));
                pauses = pauses.plus(new GcPauses(1, pause.group(1).equals("Full") ? 1 : 0, millis, millis, 0));
            }
        }
        return pauses;
    }

    /** These pauses and {@code other}'s together (of another JVM, or of more lines). */
    GcPauses plus(GcPauses other) {
        return new GcPauses(count + other.count, full + other.full, sumMillis + other.sumMillis,
                Math.max(maxMillis, other.maxMillis), unknown + other.unknown);
    }

    /**
     * "12 pauses, 340 ms in all, longest 45 ms (1 full)", or "0 pauses"; when a JVM's pauses are not known, that they
     * are not ("pauses unknown: ..."), followed by what the other JVMs' logs recorded, if any.
     */
    String text() {
        var known = String.format("%,d pause%s, %,.0f ms in all, longest %,.0f ms%s", count, count == 1 ? "" : "s",
                sumMillis, maxMillis, full == 0 ? "" : String.format(" (%,d full)", full));
        if (unknown == 0) {
            return count == 0 ? "0 pauses" : known;
        }
        return String.format("pauses unknown: %d JVM%s refused jcmd (so no GC log was turned on) or had a GC log that"
                + " could not be read%s", unknown, unknown == 1 ? "" : "s", count == 0 ? "" : "; the others: " + known);
    }
}
