package dev.plara.polar.client;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Retries against a small test server that answers with a script of statuses. */
class PolarClientRetryTest {

    private static final String PRODUCT_PAGE = "{\"items\":[],\"pagination\":{\"total_count\":0,\"max_page\":0}}";

    private HttpServer server;
    private final Queue<int[]> script = new ConcurrentLinkedQueue<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<Duration> waits = new ArrayList<>();

    /** Each entry: status, retry-after seconds (-1 for none). */
    private void answer(int status, int retryAfter) {
        script.add(new int[] {status, retryAfter});
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization") + " / "
                    + exchange.getRequestHeaders().getFirst("Polar-Version"));
            int[] next = script.isEmpty() ? new int[] {200, -1} : script.poll();
            if (next[1] >= 0) {
                exchange.getResponseHeaders().set("retry-after", String.valueOf(next[1]));
            }
            byte[] body = next[0] == 200 ? PRODUCT_PAGE.getBytes(StandardCharsets.UTF_8)
                    : next[0] == 429 ? new byte[0] : "{\"error\":\"Oops\",\"detail\":\"try later\"}".getBytes();
            exchange.sendResponseHeaders(next[0], body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private PolarClient client(int attempts) {
        RetryPolicy policy = RetryPolicy.standard().withMaxAttempts(attempts).withSleeper(waits::add);
        return new PolarClient(PolarClientConfig.of("http://127.0.0.1:" + server.getAddress().getPort(),
                "polar_oat_secret").withRetryPolicy(policy));
    }

    @Test
    void sendsTheBearerTokenAndVersionHeader() {
        client(1).listProducts(false);
        assertThat(authorizations).containsExactly("Bearer polar_oat_secret / 2026-04");
    }

    @Test
    void retriesA429AfterItsRetryAfter() {
        answer(429, 2);
        assertThat(client(3).listProducts(false)).isEmpty();
        assertThat(requests).hasValue(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void doesNotWaitForARetryAfterLongerThanTheMaxDelay() {
        answer(429, 60);
        assertThatThrownBy(() -> client(3).listProducts(false))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.status()).isEqualTo(429));
        assertThat(requests).hasValue(1);
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
        assertThat(requests).hasValue(3);
        assertThat(waits).hasSize(2);
        assertThat(waits.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
        assertThat(waits.get(1)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1000));
    }

    @Test
    void recoversWhenA503IsFollowedBySuccess() {
        answer(503, -1);
        assertThat(client(3).listProducts(false)).isEmpty();
        assertThat(requests).hasValue(2);
    }

    @Test
    void neverRetriesA4xx() {
        answer(400, -1);
        answer(200, -1);
        assertThatThrownBy(() -> client(3).listProducts(false))
                .isInstanceOfSatisfying(PolarApiException.class, e -> assertThat(e.isClientError()).isTrue());
        assertThat(requests).hasValue(1);
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
        PolarClient client = new PolarClient(PolarClientConfig.of("http://127.0.0.1:" + server.getAddress().getPort(),
                "polar_oat_secret").withRetryPolicy(RetryPolicy.none()));
        assertThatThrownBy(() -> client.listProducts(false)).isInstanceOf(PolarApiException.class);
        assertThat(requests).hasValue(1);
    }

    @Test
    void theTokenIsNeverPrinted() {
        PolarClientConfig config = PolarClientConfig.of("production", "polar_oat_secret");
        assertThat(config.toString()).doesNotContain("polar_oat_secret").contains("api.polar.sh");
        assertThat(PolarClientConfig.of("sandbox", "t").baseUrl()).isEqualTo(PolarClientConfig.SANDBOX);
    }
}
