package dev.plara.http;

import dev.plara.wallet.core.domain.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

class CsrfAndCorsTest {

    private static final String PURCHASE = "{\"item_id\":\"photo-sunrise\"}";

    private final TestServer api = TestServer.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private String session(String user, String csrf) {
        return "plara_session=" + api.tokens.user(user) + (csrf == null ? "" : "; plara_csrf=" + csrf);
    }

    @Test
    void aCookieSessionReadsWithoutACsrfTokenAndIsGivenOne() {
        var reply = api.get("/api/wallet").header("Cookie", session("alice", null)).send();

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.cookie("plara_csrf")).hasValueSatisfying(token -> assertThat(token).hasSizeGreaterThan(30));
        assertThat(reply.cookies()).allSatisfy(cookie -> assertThat(cookie).contains("SameSite=Lax", "Path=/"));
    }

    @Test
    void aCookieSessionChangeWithoutOrWithAWrongCsrfTokenIsRefusedAndChangesNothing() {
        api.harness.fund("alice", Money.usd(10_00));

        var missing = api.post("/api/purchases").header("Cookie", session("alice", "token-1")).json(PURCHASE).send();
        var wrong = api.post("/api/purchases").header("Cookie", session("alice", "token-1"))
                .header("X-CSRF-Token", "token-2").json(PURCHASE).send();
        var noCookie = api.post("/api/purchases").header("Cookie", session("alice", null))
                .header("X-CSRF-Token", "token-1").json(PURCHASE).send();

        assertThat(missing.status()).isEqualTo(403);
        assertThat(missing.problem()).isEqualTo("csrf-rejected");
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(noCookie.status()).isEqualTo(403);
        assertThat(api.harness.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }

    @Test
    void aCookieSessionChangeWithTheMatchingTokenGoesThrough() {
        api.harness.fund("alice", Money.usd(10_00));

        var reply = api.post("/api/purchases").header("Cookie", session("alice", "token-1"))
                .header("X-CSRF-Token", "token-1").json(PURCHASE).send();

        assertThat(reply.status()).isEqualTo(201);
        assertThat(api.harness.balanceOf("alice")).isEqualTo(Money.usd(8_50));
    }

    @Test
    void bearerRequestsAndTheWebhookNeedNoCsrfToken() {
        api.harness.fund("alice", Money.usd(10_00));

        var bearer = api.post("/api/purchases").bearer(api.tokens.user("alice"))
                .header("Cookie", session("alice", "token-1")).json(PURCHASE).send();
        var webhook = api.post("/api/webhooks/polar").header("Cookie", session("alice", "token-1")).json("{}").send();

        assertThat(bearer.status()).isEqualTo(201);
        assertThat(webhook.problem()).isEqualTo("webhook-rejected");
    }

    @Test
    void aStaleSessionCookieMeansNobodyIsSignedIn() {
        var stale = "plara_session=" + api.tokens.sign("alice", jwt -> jwt.expirationTime(Date.from(api.harness.clock
                .instant().minusSeconds(3600))));

        assertThat(api.get("/api/catalog").header("Cookie", stale).send().status()).isEqualTo(200);
        assertThat(api.get("/api/wallet").header("Cookie", stale).send().status()).isEqualTo(401);
    }

    @Test
    void anAllowedOriginGetsItsOwnOriginBackWithCredentials() {
        var reply = api.get("/api/products").header("Origin", TestServer.ALLOWED_ORIGIN).send();

        assertThat(reply.header("access-control-allow-origin")).isEqualTo(TestServer.ALLOWED_ORIGIN);
        assertThat(reply.header("access-control-allow-credentials")).isEqualTo("true");
        assertThat(reply.header("vary")).contains("Origin");
    }

    @Test
    void aDisallowedOriginGetsNoCorsHeaders() {
        var reply = api.get("/api/products").header("Origin", "https://evil.example.net").send();

        assertThat(reply.header("access-control-allow-origin")).isNull();
        assertThat(reply.header("access-control-allow-credentials")).isNull();
    }

    @Test
    void preflightsAreAnsweredForAllowedOriginsOnlyAndNeverWithAWildcard() {
        var allowed = api.call("OPTIONS", "/api/purchases").header("Origin", TestServer.ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, x-csrf-token").send();
        var refused = api.call("OPTIONS", "/api/purchases").header("Origin", "https://evil.example.net")
                .header("Access-Control-Request-Method", "POST").send();

        assertThat(allowed.status()).isEqualTo(204);
        assertThat(allowed.header("access-control-allow-origin")).isEqualTo(TestServer.ALLOWED_ORIGIN);
        assertThat(allowed.header("access-control-allow-methods")).contains("POST");
        assertThat(allowed.header("access-control-allow-headers")).contains("X-CSRF-Token", "Authorization");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problem()).isEqualTo("origin-not-allowed");
        assertThat(refused.header("access-control-allow-origin")).isNull();
    }

    @Test
    void corsOriginsMustBeExactOriginsNotWildcards() {
        var settings = HttpSettings.defaults(0, java.net.URI.create("http://localhost"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> settings.withCorsOrigins(java.util.List.of("*")))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> settings.withCorsOrigins(
                java.util.List.of("https://a.example.com/path"))).isInstanceOf(IllegalArgumentException.class);
    }
}
