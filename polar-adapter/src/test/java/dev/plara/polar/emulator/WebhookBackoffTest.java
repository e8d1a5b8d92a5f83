package dev.plara.polar.emulator;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The emulator's retry waits are Polar's: doubling from 2-4 s to 512-1024 s, scaled for tests. */
class WebhookBackoffTest {

    @Test
    void retryWaitsDoubleFromTwoToFourSecondsUpToAbout17To34MinutesInAll() {
        assertThat(WebhookDispatcher.backoffMillis(1, 1.0, 0.0)).isEqualTo(2_000);
        assertThat(WebhookDispatcher.backoffMillis(1, 1.0, 0.999)).isLessThan(4_000);
        assertThat(WebhookDispatcher.backoffMillis(9, 1.0, 0.0)).isEqualTo(512_000);
        long least = 0;
        long most = 0;
        for (int failed = 1; failed < WebhookDispatcher.MAX_ATTEMPTS; failed++) {
            least += WebhookDispatcher.backoffMillis(failed, 1.0, 0.0);
            most += WebhookDispatcher.backoffMillis(failed, 1.0, 1.0);
        }
        assertThat(Duration.ofMillis(least)).isEqualTo(Duration.ofSeconds(1022));
        assertThat(Duration.ofMillis(most)).isEqualTo(Duration.ofSeconds(2044));
        assertThat(WebhookDispatcher.backoffMillis(9, 0.001, 0.5)).isEqualTo(768);
    }
}
