package dev.plara.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServerBasicsTest {

    private TestServer api;

    @AfterEach
    void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void theRootSaysPlaraIsRunningWithLinks() {
        api = TestServer.start();

        var reply = api.get("/").send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("Plara is running");
        assertThat(reply.json().path("links").path("products").asText()).isEqualTo("/api/products");
        assertThat(reply.json().path("links").has("sign_in")).isFalse();
    }

    @Test
    void healthIsAliveAndReadinessListsEveryCheck() {
        api = TestServer.withReadiness(List.of(check("store", true), check("polar", true)));

        assertThat(api.get("/health").send().json().path("status").asText()).isEqualTo("alive");
        var ready = api.get("/health/ready").send();

        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().path("status").asText()).isEqualTo("ready");
        assertThat(ready.json().path("checks").toString())
                .isEqualTo("[{\"name\":\"store\",\"ready\":true},{\"name\":\"polar\",\"ready\":true}]");
    }

    @Test
    void readinessIs503WhenACheckFailsOrThrows() {
        var throwing = new ReadinessCheck() {
            public String name() {
                return "polar";
            }

            public boolean ready() {
                throw new IllegalStateException("down");
            }
        };
        api = TestServer.withReadiness(List.of(check("store", true), throwing));

        var ready = api.get("/health/ready").send();

        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.json().path("status").asText()).isEqualTo("not_ready");
        assertThat(ready.json().path("checks").get(1).path("ready").asBoolean()).isFalse();
    }

    @Test
    void anUnknownPathIsANotFoundProblem() {
        api = TestServer.start();

        var reply = api.get("/api/nothing-here").send();

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.header("content-type")).startsWith("application/problem+json");
        assertThat(reply.json().path("type").asText()).isEqualTo("https://plara.dev/problems/not-found");
        assertThat(reply.json().path("title").asText()).isNotBlank();
        assertThat(reply.json().path("status").asInt()).isEqualTo(404);
        assertThat(reply.json().path("detail").asText()).isNotBlank();
    }

    @Test
    void anUnknownMethodOnAKnownPathIsNeverA5xx() {
        api = TestServer.start();

        assertThat(api.call("DELETE", "/api/wallet").send().status()).isIn(404, 405);
        assertThat(api.call("PUT", "/health").send().status()).isIn(404, 405);
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        api = TestServer.start();

        for (var reply : List.of(api.get("/health").send(), api.get("/api/wallet").send(), api.get("/nope").send())) {
            assertThat(reply.header("x-content-type-options")).isEqualTo("nosniff");
            assertThat(reply.header("referrer-policy")).isEqualTo("no-referrer");
            assertThat(reply.header("x-frame-options")).isEqualTo("DENY");
            assertThat(reply.header("content-security-policy")).contains("default-src 'self'", "frame-ancestors 'none'");
            assertThat(reply.header("cache-control")).isEqualTo("no-store");
            assertThat(reply.header("strict-transport-security")).isNull();
        }
    }

    @Test
    void aPublicHttpsServerAlsoSendsHsts() {
        api = TestServer.start(settings -> HttpSettings.defaults(0, java.net.URI.create("https://pay.example.com"))
                .withClock(settings.clock()));

        assertThat(api.get("/health").send().header("strict-transport-security")).startsWith("max-age=");
    }

    @Test
    void aRequestIdIsEchoedOrGenerated() {
        api = TestServer.start();

        assertThat(api.get("/health").header("X-Request-Id", "req-123").send().header("x-request-id"))
                .isEqualTo("req-123");
        assertThat(api.get("/health").send().header("x-request-id")).matches("[0-9a-f-]{36}");
        assertThat(api.get("/health").header("X-Request-Id", "bad id\twith junk").send().header("x-request-id"))
                .matches("[0-9a-f-]{36}");
    }

    private static ReadinessCheck check(String name, boolean ready) {
        return new ReadinessCheck() {
            public String name() {
                return name;
            }

            public boolean ready() {
                return ready;
            }
        };
    }
}
