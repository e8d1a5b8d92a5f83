package dev.plara.bench;

import java.util.function.LongSupplier;

/**
 * Warms a target up to a steady state: batches of deliveries until the JIT took less than a threshold of each of its
 * JVMs' processor time over the last batch, or until {@code maxSeconds} have passed (the same time for every target:
 * the JIT's work follows time under load; the last batch is cut to what the time left holds at the rate so far). At
 * least {@code minimum} deliveries; {@code maximum} is a safety bound on the deliveries. A target without a JVM gets the
 * minimum only.
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
            if (sent >= rule.minimum() && sent > 0) {
                count = Math.max(1, Math.min(count, inTimeLeft(rule, sent, seconds(start, nanoClock))));
            }
            share = batch.send(count);
            sent += count;
            measured = true;
        }
        return new Outcome(sent, seconds(start, nanoClock), share);
    }

    /** How many deliveries the time left holds at the rate so far, so every target stops at the same time. */
    private static int inTimeLeft(Rule rule, int sent, double elapsed) {
        return (int) Math.ceil(sent / elapsed * (rule.maxSeconds() - elapsed));
    }

    private static double seconds(long start, LongSupplier nanoClock) {
        return (nanoClock.getAsLong() - start) / 1e9;
    }
}
