package dev.plara.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 8, scenario 6: the admin page and the admin API refuse everyone but admins. */
class AdminAccessBrowserTest {

    @RegisterExtension
    static final E2e E2E = E2e.plara();

    @Test
    void aNormalUserIsRefusedTheAdminPageAndTheAdminApi() {
        var browser = E2E.browser();
        E2E.signInAs("alice", "Alice Abebe");
        E2E.open("/admin");

        browser.showing("h1", "Admins only");
        assertThat(browser.find("main").getText()).contains("You are signed in as Alice Abebe, who is not one.")
                .doesNotContain("Review queue");
        assertThat(browser.driver().findElements(By.cssSelector("nav a[href='/admin']"))).isEmpty();
        assertThat(status("/api/admin/deposits?status=pending")).isEqualTo(403);
        assertThat(status("/api/admin/audit")).isEqualTo(403);
        E2E.screenshot();

        E2E.open("/api/admin/deposits?status=pending");
        browser.showing("h1", "Not allowed");
        assertThat(browser.pageText()).contains("only admins may do this").doesNotContain("items", "\"status\"");
    }

    @Test
    void nobodySignedInIsAskedToSignInAndAnAdminGetsInAndRunsTheTools() {
        var browser = E2E.browser();
        browser.driver().manage().deleteAllCookies();
        E2E.open("/admin");
        browser.showing("h1", "Sign in needed");
        assertThat(status("/api/admin/audit")).isEqualTo(401);
        E2E.screenshot();

        E2E.signInAs("admin", "Ada Admin");
        E2E.open("/admin");
        browser.showing("#audit", "Ledger checks out");
        assertThat(browser.find("h1").getText()).isEqualTo("Admin");
        browser.showing("#reconciliation", "No run yet.");
        browser.click("Run now");
        browser.showing("#reconciliation-status", "Reconciliation finished.");
        browser.showing("#reconciliation", "0 orders and 0 refunds read");
        browser.type("#order-query", "no-such-order");
        browser.click("Find orders");
        browser.showing("#order-search-status", "No paid order for “no-such-order”");
        assertThat(browser.find("#refund-form").isDisplayed()).as("nothing to refund").isFalse();
        E2E.screenshot("admin");
    }

    /** The status of a GET the browser makes with its own cookies. */
    private static long status(String path) {
        return (Long) E2E.browser().script("return fetch(arguments[0]).then(answer => answer.status);", path);
    }
}
