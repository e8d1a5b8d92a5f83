package dev.plara.polar.client;

import dev.plara.polar.testing.ScriptedPolar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Polar takes no idempotency key, so a refund is sent again only when Polar surely did not act on it; after a 5xx or
 * a timeout it may exist already, and a second one would refund twice.
 */
class RefundCreationRetryTest {

    private static final String REFUND = "{\"id\":\"5b0e1c2a-0000-4000-8000-000000000001\",\"status\":\"succeeded\","
            + "\"amount\":400,\"currency\":\"usd\",\"order_id\":\"o1\"}";
    private static final RefundCreate BODY = new RefundCreate("o1", "customer_request", 400, null);

    private final ScriptedPolar server = new ScriptedPolar();
    private final List<Duration> waits = new ArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private PolarClient client(PolarTransport transport) {
        RetryPolicy policy = RetryPolicy.standard().withSleeper(waits::add);
        return new PolarClient(PolarClientConfig.of(server.baseUrl(), "polar_oat_secret").withRetryPolicy(policy),
                transport);
    }

    private PolarClient client() {
        return client(PolarTransport.jdk(Duration.ofSeconds(2)));
    }

    @Test
    void aRefundIsNotSentAgainAfterA5xx() {
        server.answer(503, -1).answer(500, -1).answer(201, REFUND);
        assertThatThrownBy(() -> client().createRefund(BODY))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThatThrownBy(() -> client().createRefund(BODY))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.status()).isEqualTo(500));
        assertThat(server.requests()).hasSize(2).allSatisfy(request -> assertThat(request.method()).isEqualTo("POST"));
        assertThat(waits).isEmpty();
    }

    @Test
    void aRefundIsNotSentAgainAfterATimeout() {
        AtomicInteger calls = new AtomicInteger();
        PolarClient client = client(request -> {
            calls.incrementAndGet();
            throw new HttpTimeoutException("request timed out");
        });
        assertThatThrownBy(() -> client.createRefund(BODY))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.status()).isZero());
        assertThat(calls).hasValue(1);
    }

    @Test
    void aRefundIsSentAgainAfterA429OrWhenNoConnectionWasMade() {
        server.answer(429, 1).answer(201, REFUND);
        assertThat(client().createRefund(BODY).amount()).isEqualTo(400);
        assertThat(waits).containsExactly(Duration.ofSeconds(1));

        AtomicInteger calls = new AtomicInteger();
        PolarTransport jdk = PolarTransport.jdk(Duration.ofSeconds(2));
        PolarClient refusedOnce = client(request -> {
            if (calls.incrementAndGet() == 1) {
                throw new ConnectException("Connection refused");
            }
            return jdk.send(request);
        });
        server.answer(201, REFUND);
        assertThat(refusedOnce.createRefund(BODY).status()).isEqualTo("succeeded");
        assertThat(calls).hasValue(2);
    }

    @Test
    void readsAreStillRetriedAfterA5xx() {
        server.answer(503, -1);
        assertThat(client().listRefunds("o1")).isEmpty();
        assertThat(server.requests()).hasSize(2);
    }
}
