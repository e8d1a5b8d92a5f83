package dev.plara.polar.client;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(8),
            Sleeper.THREAD);

    @Test
    void theWaitDoublesAndIsJitteredBetweenHalfAndAllOfItsStep() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            long step = 500L << (attempt - 1);
            Set<Duration> seen = new HashSet<>();
            for (int i = 0; i < 200; i++) {
                Duration wait = policy.backoff(attempt);
                assertThat(wait).isBetween(Duration.ofMillis(step / 2), Duration.ofMillis(step));
                seen.add(wait);
            }
            assertThat(seen).as("waits after failure %d are jittered", attempt).hasSizeGreaterThan(10);
        }
    }

    @Test
    void theWaitIsCappedAtTheMaxDelay() {
        for (int attempt : new int[] {5, 6, 12, 40, Integer.MAX_VALUE}) {
            assertThat(policy.backoff(attempt)).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(8));
        }
    }

    @Test
    void aRetryAfterIsWaitedForOnlyUpToTheMaxDelay() {
        assertThat(policy.honours(Duration.ofSeconds(8))).isTrue();
        assertThat(policy.honours(Duration.ofSeconds(9))).isFalse();
    }
}
