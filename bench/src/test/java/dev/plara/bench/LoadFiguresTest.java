package dev.plara.bench;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class LoadFiguresTest {

    @Test
    void percentilesAreNearestRankAndStatusesAreCountedByKind() {
        var latencies = new long[100];
        for (int i = 0; i < 100; i++) {
            latencies[i] = (100 - i) * 1_000_000L;
        }
        var statuses = new int[100];
        Arrays.fill(statuses, 200);
        statuses[3] = 503;
        statuses[4] = 0;

        var figures = LoadFigures.of(8, latencies, statuses, 2_000_000_000L);

        assertThat(figures.p50Millis()).isEqualTo(50.0);
        assertThat(figures.p99Millis()).isEqualTo(99.0);
        assertThat(figures.maxMillis()).isEqualTo(100.0);
        assertThat(figures.perSecond()).isEqualTo(50.0);
        assertThat(figures.non2xx()).isEqualTo(1);
        assertThat(figures.failed()).isEqualTo(1);
    }

    @Test
    void workLeftAfterTheAnswersLowersTheThroughputAndKeepsTheLatencies() {
        var figures = new LoadFigures(8, 3_000, 0, 0, 2.0, 1_500, 4, 40, 60).withMoreSeconds(1.0);

        assertThat(figures.seconds()).isEqualTo(3.0);
        assertThat(figures.perSecond()).isEqualTo(1_000.0);
        assertThat(figures.p99Millis()).isEqualTo(40.0);
    }
}
