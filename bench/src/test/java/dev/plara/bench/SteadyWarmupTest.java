package dev.plara.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SteadyWarmupTest {

    private final List<Integer> batches = new ArrayList<>();
    private long nanos;

    @Test
    void warmsUpInBatchesUntilTheJitIsUnderTheThreshold() throws Exception {
        var outcome = run(new SteadyWarmup.Rule(2_000, 2_000, 0.05, 16_000, 300), 0.50, 0.30, 0.06, 0.04, 0.01);

        assertThat(batches).containsExactly(2_000, 2_000, 2_000, 2_000);
        assertThat(outcome.deliveries()).isEqualTo(8_000);
        assertThat(outcome.lastShare()).isEqualTo(0.04);
        assertThat(outcome.seconds()).isEqualTo(40.0);
    }

    @Test
    void theMinimumIsSentEvenWhenTheJitIsIdleEarlier() throws Exception {
        var outcome = run(new SteadyWarmup.Rule(5_000, 2_000, 0.05, 16_000, 300), 0.0, 0.0, 0.0, 0.0);

        assertThat(batches).containsExactly(2_000, 2_000, 1_000);
        assertThat(outcome.deliveries()).isEqualTo(5_000);
    }

    @Test
    void stopsAtTheMaximumDeliveriesAndSaysItIsNotSteady() throws Exception {
        var rule = new SteadyWarmup.Rule(2_000, 2_000, 0.05, 5_000, 300);

        var outcome = run(rule, 0.5, 0.5, 0.5, 0.5);

        assertThat(batches).containsExactly(2_000, 2_000, 1_000);
        assertThat(outcome.steady(rule)).isFalse();
    }

    @Test
    void aTargetWithoutJvmGetsTheMinimumOnly() throws Exception {
        var rule = new SteadyWarmup.Rule(2_000, 1_500, 0.05, 16_000, 300);

        var outcome = run(rule, Double.NaN, Double.NaN, Double.NaN);

        assertThat(batches).containsExactly(1_500, 500);
        assertThat(outcome.steady(rule)).isTrue();
    }

    @Test
    void aMaximumBelowTheMinimumKeepsASmokeRunShort() throws Exception {
        var outcome = run(new SteadyWarmup.Rule(50, 2_000, 0.05, 50, 300), 0.9, 0.9);

        assertThat(batches).containsExactly(50);
        assertThat(outcome.deliveries()).isEqualTo(50);
    }

    @Test
    void theLastBatchIsCutToWhatTheRemainingTimeHoldsAtTheRateSoFar() throws Exception {
        var rule = new SteadyWarmup.Rule(2_000, 2_000, 0.05, 16_000, 25);

        var outcome = run(rule, 0.5, 0.5, 0.5);

        assertThat(batches).containsExactly(2_000, 2_000, 1_000);
        assertThat(outcome.seconds()).isEqualTo(25.0);
        assertThat(outcome.steady(rule)).isFalse();
    }

    /** Runs the rule against a fake target whose batches report {@code shares} in turn, 200 deliveries a second. */
    private SteadyWarmup.Outcome run(SteadyWarmup.Rule rule, double... shares) throws Exception {
        Iterator<Double> next = Arrays.stream(shares).iterator();
        return SteadyWarmup.run(rule, count -> {
            batches.add(count);
            nanos += count * 5_000_000L;
            return next.next();
        }, () -> nanos);
    }
}
