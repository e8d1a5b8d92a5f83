package dev.plara.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

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
    void everyRequestLeavesTheScopeItEnteredAnsweredFoundOrFailed() throws Exception {
        api = TestServer.start(settings -> settings.withRequestScope(RequestScope.of(entered::incrementAndGet,
                left::incrementAndGet)));

        assertThat(api.get("/").send().status()).isEqualTo(200);
        assertThat(api.get("/api/nothing-here").send().status()).isEqualTo(404);
        assertThat(api.post("/api/webhooks/polar").json("{not json").send().status()).isEqualTo(403);
        assertThat(api.get("/api/wallet").send().status()).isEqualTo(401);

        for (int wait = 0; wait < 100 && left.get() < 4; wait++) {
            Thread.sleep(50);
        }
        assertThat(entered).hasValue(4);
        assertThat(left).hasValue(4);
    }
}
