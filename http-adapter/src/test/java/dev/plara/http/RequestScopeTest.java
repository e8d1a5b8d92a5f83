package dev.plara.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Each request's thread enters the request scope before its handlers run and leaves it after, whatever they did. */
class RequestScopeTest {

    private final AtomicInteger entered = new AtomicInteger();
    private final AtomicInteger left = new AtomicInteger();
    private TestServer api;

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void everyRequestLeavesTheScopeItEnteredAnsweredFoundFailedOrAPreflight() throws Exception {
        api = TestServer.start(settings -> settings.withCorsOrigins(List.of(TestServer.ALLOWED_ORIGIN))
                .withRequestScope(RequestScope.of(entered::incrementAndGet, left::incrementAndGet)));

        assertThat(api.get("/").send().status()).isEqualTo(200);
        assertThat(api.get("/api/nothing-here").send().status()).isEqualTo(404);
        assertThat(api.post("/api/webhooks/polar").json("{not json").send().status()).isEqualTo(403);
        assertThat(api.get("/api/wallet").send().status()).isEqualTo(401);
        assertThat(api.call("OPTIONS", "/api/wallet").header("Origin", TestServer.ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "GET").send().status()).as("a CORS preflight").isEqualTo(204);

        for (int wait = 0; wait < 100 && left.get() < 5; wait++) {
            Thread.sleep(50);
        }
        assertThat(entered).hasValue(5);
        assertThat(left).hasValue(5);
    }
}
