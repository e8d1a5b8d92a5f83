package dev.plara.bench;

import java.util.function.LongSupplier;

/**
 * Warms a target up to a steady state: batches of deliveries until the JIT took less than a threshold of its JVMs'
 * processor time over the last batch, at least {@code minimum} deliveries and at most {@code maximum} (or until
 * {@code maxSeconds} have passed). A target without a JVM gets the minimum only.
 */
final class SteadyWarmup {

    /** What the warm-up obeys; a {@code maximum} below the {@code minimum} counts as the minimum. */
    record Rule(int minimum, int batch, double threshold, int maximum, double maxSeconds) {
        Rule {
            if (minimum < 0 || batch < 1 || threshold < 0 || maxSeconds < 0) {
                throw new IllegalArgumentException("a warm-up of at least 0 deliveries, in batches of at least 1");
            }
        }
    }

    /** One batch of warm-up on a target. */
    interface Batch {
        /** Sends the next {@code count} deliveries; answers the JIT's share of the JVMs' processor time meanwhile
         * ({@code NaN} when the target has no JVM). */
        double send(int count) throws Exception;
    }

    /** What warming one target took: deliveries, seconds, and the JIT share of its last batch ({@code NaN}: none). */
    record Outcome(int deliveries, double seconds, double lastShare) {
        /** Whether the JIT was under the threshold in the last batch (always, for a target without a JVM). */
        boolean steady(Rule rule) {
            return !(lastShare >= rule.threshold());
        }
    }

    private SteadyWarmup() {
    }

    /** Warms up by {@code batch} under {@code rule}, timing itself with {@code nanoClock}. */
    static Outcome run(Rule rule, Batch batch, LongSupplier nanoClock) throws Exception {
        long start = nanoClock.getAsLong();
        int maximum = Math.max(rule.minimum(), rule.maximum());
        int sent = 0;
        double share = Double.NaN;
        boolean measured = false;
        while (sent < rule.minimum() || sent < maximum && (!measured || share >= rule.threshold())
                && seconds(start, nanoClock) < rule.maxSeconds()) {
            int count = Math.min(rule.batch(), (sent < rule.minimum() ? rule.minimum() : maximum) - sent);
            share = batch.send(count);
            sent += count;
            measured = true;
        }
        return new Outcome(sent, seconds(start, nanoClock), share);
    }

    private static double seconds(long start, LongSupplier nanoClock) {
        return (nanoClock.getAsLong() - start) / 1e9;
    }
}
