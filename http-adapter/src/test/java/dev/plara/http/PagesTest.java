package dev.plara.http;

import dev.plara.http.pages.WebPage;
import dev.plara.wallet.core.domain.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PagesTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

    private final TestServer api = TestServer.start();

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply page(String path, String token) {
        var call = api.get(path).header("Accept", BROWSER);
        return token == null ? call.send() : call.bearer(token).send();
    }

    @Test
    void browsersGetThePricingPageAtTheRootAndApiClientsStillGetJson() {
        var html = page("/", null);

        assertThat(html.status()).isEqualTo(200);
        assertThat(html.header("content-type")).startsWith("text/html");
        assertThat(html.text()).contains("<html lang=\"en\">", "<title>Pricing - Plara</title>",
                "<main id=\"main\"", "<nav aria-label=\"Main\">", "<a href=\"/\" aria-current=\"page\">Pricing</a>",
                "<script type=\"module\" src=\"/assets/js/pricing.js\"></script>",
                "<link rel=\"stylesheet\" href=\"/assets/plara.css\">", "data-signed-in=\"false\"", "Not signed in");
        assertThat(api.get("/").send().json().path("status").asText()).isEqualTo("Plara is running");
    }

    @Test
    void noPageHasInlineScriptsOrStylesSoTheStrictPolicyHolds() {
        for (var page : WebPage.values()) {
            var text = page(page.path(), api.tokens.admin("admin")).text();
            assertThat(Pattern.compile("<script(?![^>]*\\ssrc=)").matcher(text).find()).as(page.path()).isFalse();
            assertThat(text).as(page.path()).doesNotContain("style=", "<style", " onclick=", "javascript:");
        }
        assertThat(page("/wallet", null).header("content-security-policy")).contains("script-src 'self'",
                "style-src 'self'", "frame-ancestors 'none'");
    }

    @Test
    void signedInPagesAskGuestsToSignInAndTheAdminPageRefusesNonAdmins() {
        for (var path : new String[] {"/wallet", "/deposit", "/admin"}) {
            var guest = page(path, null);
            assertThat(guest.status()).as(path).isEqualTo(401);
            assertThat(guest.text()).as(path).contains("Sign in needed").doesNotContain("/assets/js/");
        }
        var alice = page("/admin", api.tokens.user("alice"));
        assertThat(alice.status()).isEqualTo(403);
        assertThat(alice.text()).contains("Admins only", "signed in as alice, who is not one")
                .doesNotContain("/assets/js/admin.js", "href=\"/admin\"");
        var admin = page("/admin", api.tokens.admin("admin"));
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.text()).contains("/assets/js/admin.js", "<a href=\"/admin\" aria-current=\"page\">Admin</a>");
    }

    @Test
    void theNavigationNamesWhoIsSignedInAndTheirUnreadNotifications() {
        api.harness.fund("alice", Money.usd(5_00));

        var wallet = page("/wallet", api.tokens.user("alice")).text();

        assertThat(wallet).contains("Signed in as <strong>alice</strong>", "data-signed-in=\"true\"",
                "<a href=\"/wallet\" aria-current=\"page\">Wallet <span class=\"badge\" id=\"nav-unread\">1");
        assertThat(page("/store", api.tokens.user("bob")).text()).contains("Signed in as <strong>bob</strong>")
                .doesNotContain("nav-unread");
    }

    @Test
    void everyPageScriptAndTheStylesheetAreServedAsSameOriginAssets() {
        for (var page : WebPage.values()) {
            if (page.script() != null) {
                var script = api.get(page.script()).send();
                assertThat(script.status()).as(page.script()).isEqualTo(200);
                assertThat(script.header("content-type")).as(page.script()).startsWith("text/javascript");
                assertThat(script.header("x-content-type-options")).isEqualTo("nosniff");
                Pattern.compile("from '\\./([a-z-]+\\.js)'").matcher(script.text()).results().forEach(imported ->
                        assertThat(api.get("/assets/js/" + imported.group(1)).send().status())
                                .as(imported.group()).isEqualTo(200));
            }
        }
        var css = api.get("/assets/plara.css").send();
        assertThat(css.header("content-type")).startsWith("text/css");
        assertThat(css.header("cache-control")).isEqualTo("no-cache");
        assertThat(api.get("/assets/plara.css").header("If-None-Match", css.header("etag")).send().status())
                .isEqualTo(304);
        assertThat(api.get("/assets/favicon.svg").send().header("content-type")).startsWith("image/svg+xml");
        assertThat(api.get("/assets/nothing.js").send().status()).isEqualTo(404);
        assertThat(api.get("/assets/%2e%2e/pages/pricing.html").send().status()).isIn(400, 404);
    }

    @Test
    void aBrowserThatReachesNoPageOrAnErrorGetsAPageSayingSoAndTheApiKeepsItsProblems() {
        var missing = page("/no-such-page", api.tokens.user("alice"));
        var badQuery = page("/api/admin/webhooks?status=lost", api.tokens.admin("admin"));
        var apiMissing = api.get("/api/no-such-thing").header("Accept", "application/json").send();
        var scriptless = api.get("/no-such-page").send();

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("content-type")).startsWith("text/html");
        assertThat(missing.text()).contains("<title>Page not found - Plara</title>", "<main id=\"main\"",
                "There is no page at /no-such-page", "Signed in as <strong>alice</strong>", "href=\"/\"")
                .doesNotContain("\"type\":", "problem");
        assertThat(badQuery.status()).isEqualTo(400);
        assertThat(badQuery.header("content-type")).startsWith("text/html");
        assertThat(badQuery.text()).contains("The request is not valid", "query parameter &#39;status&#39; must be one of");
        assertThat(apiMissing.status()).isEqualTo(404);
        assertThat(apiMissing.header("content-type")).startsWith("application/problem+json");
        assertThat(scriptless.header("content-type")).startsWith("application/problem+json");
    }

    @Test
    void aFailureInABrowserShowsAPageWithTheRequestIdAndNothingOfItsCause() {
        var failing = TestServer.withCore(FailingStores::coreWithInboxDown);
        try {
            var reply = failing.get("/api/admin/webhooks").header("Accept", BROWSER)
                    .bearer(failing.tokens.admin("admin")).send();

            assertThat(reply.status()).isEqualTo(500);
            assertThat(reply.header("content-type")).startsWith("text/html");
            assertThat(reply.text()).contains("Something went wrong on our side", "request id")
                    .doesNotContain("Exception", "at dev.plara");
        } finally {
            failing.close();
        }
    }
}
