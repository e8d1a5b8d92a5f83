package dev.plara.polar.client;

import dev.plara.polar.testing.ScriptedPolar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Retries against a small test server that answers with a script of statuses. */
class PolarClientRetryTest {

    private final ScriptedPolar server = new ScriptedPolar();
    private final List<Duration> waits = new ArrayList<>();

    private void answer(int status, int retryAfter) {
        server.answer(status, retryAfter);
    }

    private int requests() {
        return server.requests().size();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private PolarClient client(int attempts) {
        RetryPolicy policy = RetryPolicy.standard().withMaxAttempts(attempts).withSleeper(waits::add);
        return new PolarClient(PolarClientConfig.of(server.baseUrl(), "polar_oat_secret").withRetryPolicy(policy));
    }

    @Test
    void sendsTheBearerTokenAndVersionHeader() {
        client(1).listProducts(false);
        assertThat(server.requests()).singleElement().satisfies(request -> {
            assertThat(request.authorization()).isEqualTo("Bearer polar_oat_secret");
            assertThat(request.polarVersion()).isEqualTo("2026-04");
        });
    }

    @Test
    void retriesA429AfterItsRetryAfter() {
        answer(429, 2);
        assertThat(client(3).listProducts(false)).isEmpty();
        assertThat(requests()).isEqualTo(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void doesNotWaitForARetryAfterLongerThanTheMaxDelay() {
        answer(429, 60);
        assertThatThrownBy(() -> client(3).listProducts(false))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.status()).isEqualTo(429));
        assertThat(requests()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void retries5xxWithCappedJitteredBackoffThenGivesUp() {
        answer(503, -1);
        answer(500, -1);
        answer(503, -1);
        assertThatThrownBy(() -> client(3).listProducts(false)).isInstanceOfSatisfying(PolarApiException.class, e -> {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.errorType()).isEqualTo("Oops");
        });
        assertThat(requests()).isEqualTo(3);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void recoversWhenA503IsFollowedBySuccess() {
        answer(503, -1);
        assertThat(client(3).listProducts(false)).isEmpty();
        assertThat(requests()).isEqualTo(2);
    }

    @Test
    void neverRetriesA4xx() {
        answer(400, -1);
        answer(200, -1);
        assertThatThrownBy(() -> client(3).listProducts(false))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.isClientError()).isTrue());
        assertThat(requests()).isEqualTo(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void retriesIoErrorsThenReportsThemWithStatusZero() {
        AtomicInteger calls = new AtomicInteger();
        PolarTransport broken = request -> {
            calls.incrementAndGet();
            throw new HttpTimeoutException("request timed out");
        };
        RetryPolicy policy = RetryPolicy.standard().withSleeper(waits::add);
        PolarClient client = new PolarClient(PolarClientConfig.of("sandbox", "polar_oat_secret")
                .withRetryPolicy(policy), broken);
        assertThatThrownBy(() -> client.getOrder("o1")).isInstanceOfSatisfying(PolarApiException.class, e -> {
            assertThat(e.status()).isZero();
            assertThat(e).hasCauseInstanceOf(HttpTimeoutException.class);
        });
        assertThat(calls).hasValue(3);
    }

    @Test
    void retryIsSwitchedOffWithThePolicyNone() {
        answer(503, -1);
        PolarClient client = new PolarClient(PolarClientConfig.of(server.baseUrl(), "polar_oat_secret")
                .withRetryPolicy(RetryPolicy.none()));
        assertThatThrownBy(() -> client.listProducts(false)).isInstanceOf(PolarApiException.class);
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void theTokenIsNeverPrinted() {
        PolarClientConfig config = PolarClientConfig.of("production", "polar_oat_secret");
        assertThat(config.toString()).doesNotContain("polar_oat_secret").contains("api.polar.sh");
        assertThat(PolarClientConfig.of("sandbox", "t").baseUrl()).isEqualTo(PolarClientConfig.SANDBOX);
    }
}
