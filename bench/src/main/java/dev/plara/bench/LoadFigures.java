package dev.plara.bench;

import java.util.Arrays;

/**
 * What one closed-loop load run measured: requests answered, how many were not 2xx or got no answer at all, the
 * throughput, and latency percentiles in milliseconds.
 */
record LoadFigures(int concurrency, int requests, int non2xx, int failed, double seconds, double perSecond,
                   double p50Millis, double p99Millis, double maxMillis) {

    /** The figures of {@code requests} attempts at {@code concurrency}, from each one's latency and status. */
    static LoadFigures of(int concurrency, long[] latencyNanos, int[] statuses, long elapsedNanos) {
        int non2xx = 0;
        int failed = 0;
        for (int status : statuses) {
            if (status == 0) {
                failed++;
            } else if (status / 100 != 2) {
                non2xx++;
            }
        }
        var sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        double seconds = elapsedNanos / 1e9;
        return new LoadFigures(concurrency, statuses.length, non2xx, failed, seconds, statuses.length / seconds,
                millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.99)), millis(sorted[sorted.length - 1]));
    }

    /** The nearest-rank percentile of sorted values. */
    private static long percentile(long[] sorted, double fraction) {
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    boolean allSucceeded() {
        return non2xx == 0 && failed == 0;
    }

    /**
     * These figures over {@code more} seconds besides (work the requests left to be done after their answers): the same
     * latencies, a throughput over the whole time.
     */
    LoadFigures withMoreSeconds(double more) {
        double total = seconds + more;
        return new LoadFigures(concurrency, requests, non2xx, failed, total, requests / total, p50Millis, p99Millis,
                maxMillis);
    }
}
