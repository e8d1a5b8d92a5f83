package dev.plara.polar.client;

import dev.plara.polar.testing.ScriptedPolar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpTimeoutException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The request timeout bounds how long a call to a Polar that does not answer can hang. */
class PolarClientTimeoutTest {

    private final ScriptedPolar server = new ScriptedPolar();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRequestLongerThanTheRequestTimeoutFailsAsUnreachable() {
        server.answer(new ScriptedPolar.Answer(200, -1, ScriptedPolar.EMPTY_PAGE, Duration.ofMillis(1500)));
        PolarClient client = new PolarClient(PolarClientConfig.of(server.baseUrl(), "polar_oat_secret")
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(300)).withRetryPolicy(RetryPolicy.none()));
        long started = System.nanoTime();
        assertThatThrownBy(() -> client.listProducts(false)).isInstanceOfSatisfying(PolarApiException.class, e -> {
            assertThat(e.status()).isZero();
            assertThat(e).hasCauseInstanceOf(HttpTimeoutException.class);
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(1200));
    }
}
