package dev.plara.http;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: signing out clears Plara's session and CSRF cookies with the attributes they were set with (Max-Age=0),
 * needs the CSRF token like any change, and the pages (the sign-in page too) say who is signed in and offer it.
 */
class SignOutApiTest {

    private static final String FORM = "application/x-www-form-urlencoded";

    private TestServer api;

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theHeadersSignOutFormClearsBothCookiesAndLandsOnTheSignInPage() {
        api = TestServer.demo();
        var session = signIn("alice");
        var wallet = api.get("/wallet").header("Cookie", session.cookies()).send().text();
        assertThat(wallet).contains("Signed in as <strong>Alice</strong>", "<form class=\"signout\" method=\"post\" "
                + "action=\"/signout\"><input type=\"hidden\" name=\"csrf_token\" value=\"" + session.csrf() + "\">");

        var out = signOut(session, "csrf_token=" + session.csrf());

        assertThat(out.status()).isEqualTo(303);
        assertThat(out.header("location")).isEqualTo("/signin");
        assertThat(out.cookies()).containsExactlyInAnyOrder("plara_session=; Max-Age=0; HttpOnly; Path=/; SameSite=Lax",
                "plara_csrf=; Max-Age=0; Path=/; SameSite=Lax");
        var signedOut = api.get("/signin").send().text();
        assertThat(signedOut).contains("Not signed in.", "Sign in to the Plara demo").doesNotContain("/signout");
    }

    @Test
    void aSessionIsNotSignedOutWithoutItsCsrfToken() {
        api = TestServer.demo();
        var session = signIn("alice");

        for (var body : new String[] {"", "csrf_token=forged"}) {
            var refused = signOut(session, body);

            assertThat(refused.status()).as(body).isEqualTo(403);
            assertThat(refused.problem()).isEqualTo("csrf-rejected");
            assertThat(refused.cookies()).noneMatch(cookie -> cookie.startsWith("plara_session="));
        }
    }

    @Test
    void theApiSignOutAnswers204AndSecureCookiesAreClearedAsSecure() {
        api = TestServer.demoWith(settings -> settings.withSecureCookies(true));
        var session = signIn("bob");

        var out = api.post("/api/signout").header("Cookie", session.cookies()).header("X-CSRF-Token", session.csrf())
                .send();

        assertThat(out.status()).isEqualTo(204);
        assertThat(out.cookies()).hasSize(2).allSatisfy(cookie -> assertThat(cookie).contains("=; Max-Age=0;")
                .endsWith("; Path=/; SameSite=Lax; Secure"));
        assertThat(api.post("/api/signout").send().status()).as("nobody signed in: nothing to refuse").isEqualTo(204);
    }

    @Test
    void theSignInPageSaysWhoIsSignedInAndOffersToSignOut() {
        api = TestServer.demo();
        var session = signIn("admin");

        var page = api.get("/signin").header("Cookie", session.cookies()).send().text();

        assertThat(page).contains("Signed in as <strong>Ada Admin</strong>",
                "You are signed in as <strong>Ada Admin</strong> (admin@example.org).", "Switch demo user",
                "name=\"csrf_token\" value=\"" + session.csrf() + "\"", "action=\"/api/demo/signin\"")
                .doesNotContain("Not signed in");
    }

    @Test
    void outsideDemoModeSigningOutLandsOnThePricingPageAndABearerTokenHasNoSignOut() {
        api = TestServer.start();
        var token = api.tokens.user("carol");

        assertThat(api.get("/wallet").bearer(token).send().text()).contains("Signed in as <strong>carol</strong>")
                .doesNotContain("/signout");
        var cookies = "plara_session=" + token + "; plara_csrf=c1";
        var out = api.post("/signout").header("Cookie", cookies).header("Content-Type", FORM)
                .body("csrf_token=c1".getBytes(StandardCharsets.UTF_8)).send();
        assertThat(out.status()).isEqualTo(303);
        assertThat(out.header("location")).isEqualTo("/");
    }

    private Session signIn(String user) {
        var reply = api.post("/api/demo/signin").json("{\"user_id\":\"" + user + "\"}").send();
        return new Session(reply.cookie("plara_session").orElseThrow(), reply.cookie("plara_csrf").orElseThrow());
    }

    private Reply signOut(Session session, String form) {
        return api.post("/signout").header("Cookie", session.cookies()).header("Content-Type", FORM)
                .body(form.getBytes(StandardCharsets.UTF_8)).send();
    }

    /** A browser's two cookies after signing in. */
    private record Session(String token, String csrf) {
        String cookies() {
            return "plara_session=" + token + "; plara_csrf=" + csrf;
        }
    }
}
