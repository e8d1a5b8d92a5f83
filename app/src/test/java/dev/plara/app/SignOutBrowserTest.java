package dev.plara.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the sign-in page tells a signed-in user who they are, and signing out (from the header or from the sign-in
 * page) ends the session in the browser: the cookie is gone, the pages and the API see nobody.
 */
class SignOutBrowserTest {

    @RegisterExtension
    static final E2e E2E = E2e.plara();

    @Test
    void theHeadersSignOutButtonSignsTheUserOutOfThePagesAndTheApi() {
        var browser = E2E.browser();
        E2E.signInAs("alice", "Alice Abebe");
        E2E.open("/signin");
        browser.showing(".signed-in", "You are signed in as Alice Abebe");
        assertThat(browser.find(".who").getText()).contains("Signed in as Alice Abebe").doesNotContain("Not signed in");
        E2E.screenshot("signed-in");

        E2E.open("/wallet");
        browser.find("header form.signout button").click();

        browser.showing(".who", "Not signed in");
        assertThat(browser.url()).endsWith("/signin");
        assertThat(browser.find("h1").getText()).isEqualTo("Sign in to the Plara demo");
        assertThat(browser.driver().manage().getCookieNamed("plara_session")).isNull();
        assertThat(status("/api/me")).isEqualTo(401);
        E2E.open("/wallet");
        browser.showing("h1", "Sign in needed");
        E2E.screenshot();
    }

    @Test
    void theSignInPageOffersASignedInUserToSignOut() {
        var browser = E2E.browser();
        E2E.signInAs("bob", "Bob Bekele");
        E2E.open("/signin");

        browser.find("main form.signout button").click();

        browser.showing(".who", "Not signed in");
        assertThat(browser.pageText()).contains("This demo has no passwords").doesNotContain("You are signed in");
        assertThat(status("/api/wallet")).isEqualTo(401);
        E2E.screenshot();
    }

    /** The status of a GET the browser makes with its own cookies. */
    private static long status(String path) {
        return (Long) E2E.browser().script("return fetch(arguments[0]).then(answer => answer.status);", path);
    }
}
