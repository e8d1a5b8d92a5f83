package dev.plara.app;

/** Time elapsed, as the long runs print it. */
final class Elapsed {

    private Elapsed() {
    }

    /** The whole milliseconds since {@code nanos}, a reading of {@link System#nanoTime()}. */
    static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
