package dev.plara.http;

import dev.plara.wallet.core.fixtures.ReceiptFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitApiTest {

    private final TestServer api = TestServer.start(settings -> settings.withRateLimits(new RateLimits(
            new RateLimits.Limit(2, Duration.ofSeconds(10)), new RateLimits.Limit(1, Duration.ofMinutes(1)))));

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply card(String user) {
        return api.post("/api/deposits/card").bearer(api.tokens.user(user)).json("{\"amount\":1000,\"currency\":\"USD\"}")
                .send();
    }

    @Test
    void checkoutsBeyondTheBurstAre429WithRetryAfterUntilTheBucketRefills() {
        assertThat(card("alice").status()).isEqualTo(201);
        assertThat(api.post("/api/checkout").bearer(api.tokens.user("alice")).json("{\"product_id\":\"prod_ebook\"}")
                .send().status()).isEqualTo(201);

        var limited = card("alice");

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.problem()).isEqualTo("rate-limited");
        assertThat(limited.header("retry-after")).isEqualTo("10");
        assertThat(limited.json().path("retry_after").asLong()).isEqualTo(10);
        assertThat(api.harness.provider.checkouts).hasSize(2);
        assertThat(card("bob").status()).isEqualTo(201);
        api.harness.clock.advance(Duration.ofSeconds(4));
        assertThat(card("alice").header("retry-after")).isEqualTo("6");
        api.harness.clock.advance(Duration.ofSeconds(6));
        assertThat(card("alice").status()).isEqualTo(201);
    }

    @Test
    void guestsAreLimitedByTheirAddress() {
        var guest = "{\"product_id\":\"prod_ebook\",\"email\":\"g@example.org\"}";
        api.post("/api/checkout").json(guest).send();
        api.post("/api/checkout").json(guest).send();

        assertThat(api.post("/api/checkout").json(guest).send().status()).isEqualTo(429);
    }

    @Test
    void bankDepositSubmissionsHaveTheirOwnLimit() {
        var first = api.post("/api/deposits/bank").bearer(api.tokens.user("alice"))
                .multipart(Multipart.deposit("FT0001", ReceiptFiles.png(), "image/png")).send();
        var second = api.post("/api/deposits/bank").bearer(api.tokens.user("alice"))
                .multipart(Multipart.deposit("FT0002", ReceiptFiles.png(), "image/png")).send();

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.header("retry-after")).isEqualTo("60");
        assertThat(card("alice").status()).isEqualTo(201);
    }
}
