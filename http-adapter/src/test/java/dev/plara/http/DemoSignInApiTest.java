package dev.plara.http;

import dev.plara.wallet.core.domain.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DemoSignInApiTest {

    private TestServer api;

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void outsideDemoModeTheSignInRoutesDoNotExist() {
        api = TestServer.start();

        assertThat(api.get("/signin").send().status()).isEqualTo(404);
        assertThat(api.post("/api/demo/signin").json("{\"user_id\":\"alice\"}").send().status()).isEqualTo(404);
    }

    @Test
    void theSignInPageOffersEveryDemoUserAsALabelledChoice() {
        api = TestServer.demo();

        var page = api.get("/signin").send();

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("content-type")).startsWith("text/html");
        assertThat(page.text()).contains("<html lang=\"en\">", "<label for=\"user-alice\">Alice (alice@example.org)",
                "<label for=\"user-admin\">Ada Admin (admin@example.org), administrator", "action=\"/api/demo/signin\"");
        assertThat(page.text()).doesNotContain("<script", "style=");
        assertThat(api.get("/").send().json().path("links").path("sign_in").asText()).isEqualTo("/signin");
    }

    @Test
    void signingInSetsASessionAndACsrfCookieThatWorkLikeTheHostsToken() {
        api = TestServer.demo();
        api.harness.fund("alice", Money.usd(5_00));

        var signIn = api.post("/api/demo/signin").json("{\"user_id\":\"alice\"}").send();
        var session = signIn.cookie("plara_session").orElseThrow();
        var csrf = signIn.cookie("plara_csrf").orElseThrow();
        var cookies = "plara_session=" + session + "; plara_csrf=" + csrf;

        assertThat(signIn.status()).isEqualTo(200);
        assertThat(signIn.json().path("user_id").asText()).isEqualTo("alice");
        assertThat(signIn.cookies()).anySatisfy(cookie -> assertThat(cookie).startsWith("plara_session=")
                .contains("HttpOnly", "SameSite=Lax", "Max-Age=43200").doesNotContain("Secure"));
        assertThat(api.get("/api/me").header("Cookie", cookies).send().json().path("user_id").asText()).isEqualTo("alice");
        assertThat(api.post("/api/purchases").header("Cookie", cookies).header("X-CSRF-Token", csrf)
                .json("{\"item_id\":\"photo-sunrise\"}").send().status()).isEqualTo(201);
        assertThat(JwtAuthenticator.hs256(api.tokens.secret(), api.harness.clock).authenticate(session)).isPresent();
    }

    @Test
    void theDemoAdminIsAnAdmin() {
        api = TestServer.demo();

        var session = api.post("/api/demo/signin").json("{\"user_id\":\"admin\"}").send().cookie("plara_session")
                .orElseThrow();

        assertThat(api.get("/api/admin/audit").header("Cookie", "plara_session=" + session).send().status())
                .isEqualTo(200);
    }

    @Test
    void theFormSignsInAndGoesHome() {
        api = TestServer.demo();

        var reply = api.post("/api/demo/signin").header("Content-Type", "application/x-www-form-urlencoded")
                .body("user_id=bob".getBytes(StandardCharsets.UTF_8)).send();

        assertThat(reply.status()).isEqualTo(303);
        assertThat(reply.header("location")).isEqualTo("/");
        assertThat(reply.cookie("plara_session")).isPresent();
    }

    @Test
    void onlyDemoUsersCanSignIn() {
        api = TestServer.demo();

        assertThat(api.post("/api/demo/signin").json("{\"user_id\":\"mallory\"}").send().status()).isEqualTo(400);
        assertThat(api.post("/api/demo/signin").json("{\"user_id\":\"alice\",\"roles\":[\"admin\"]}").send()
                .json().path("detail").asText()).contains("unknown field 'roles'");
        assertThat(api.post("/api/demo/signin").header("Content-Type", "application/x-www-form-urlencoded")
                .body("user_id=alice&role=admin".getBytes(StandardCharsets.UTF_8)).send().status()).isEqualTo(400);
    }

    @Test
    void secureCookiesAreMarkedSecure() {
        api = TestServer.demoWith(settings -> settings.withSecureCookies(true));

        var reply = api.post("/api/demo/signin").json("{\"user_id\":\"alice\"}").send();

        assertThat(reply.cookies()).hasSize(2).allSatisfy(cookie -> assertThat(cookie).endsWith("; Secure"));
    }
}
