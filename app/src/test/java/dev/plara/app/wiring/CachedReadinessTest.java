package dev.plara.app.wiring;

import dev.plara.wallet.core.fixtures.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CachedReadinessTest {

    @Test
    void theServiceIsAskedAtMostOncePerPeriodAndAFailureIsNotReady() {
        var clock = TestClock.standard();
        var calls = new AtomicInteger();
        var check = new CachedReadiness("polar", () -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("Polar is down");
            }
            return true;
        }, Duration.ofSeconds(30), clock);

        assertThat(check.ready()).isTrue();
        assertThat(check.ready()).isTrue();
        assertThat(calls).hasValue(1);
        clock.advance(Duration.ofSeconds(30));
        assertThat(check.ready()).isFalse();
        clock.advance(Duration.ofSeconds(30));
        assertThat(check.ready()).isTrue();
        assertThat(calls).hasValue(3);
    }
}
