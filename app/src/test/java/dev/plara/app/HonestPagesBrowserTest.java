package dev.plara.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user who strays meets: a page (not JSON) for an address that does not exist, a success page that thanks
 * nobody for a checkout Plara never opened or for someone else's, and an email refused for what it is.
 */
class HonestPagesBrowserTest {

    @RegisterExtension
    static final E2e E2E = E2e.plara();

    @Test
    void anUnknownAddressInTheBrowserIsAPageInTheSiteWithItsNavigation() {
        var browser = E2E.browser();
        E2E.signInAs("alice", "Alice Abebe");
        E2E.open("/walet");

        browser.showing("h1", "Page not found");
        assertThat(browser.pageText()).contains("There is no page at /walet", "Signed in as Alice Abebe")
                .doesNotContain("\"status\"", "problem");
        assertThat(browser.driver().getTitle()).isEqualTo("Page not found - Plara");
        E2E.screenshot();
        browser.click("Your wallet");
        browser.showing("h1", "Wallet");
    }

    @Test
    void theSuccessPageOfACheckoutPlaraNeverOpenedThanksNobody() {
        var browser = E2E.browser();
        E2E.open("/checkout/success?checkout_id=made-up-id");

        browser.showing("#stage", "Plara opened no checkout with this id, so nothing was paid through it.");
        assertThat(browser.find("#heading").getText()).isEqualTo("Checkout not found");
        assertThat(browser.pageText()).doesNotContain("Thank you");
        assertThat(browser.find("#payment dl").isDisplayed()).isFalse();
        E2E.screenshot();
    }

    @Test
    void anEmailThatIsNotOneIsRefusedForWhatItIs() {
        var browser = E2E.browser();
        E2E.open("/signin");
        if (!browser.find(".who").getText().contains("Not signed in")) {
            browser.find(".who button").click();
            browser.showing(".who", "Not signed in");
        }
        E2E.open("/");
        browser.type("#email", "not-an-email");
        browser.until(driver -> !driver.findElements(By.xpath("//button[starts-with(normalize-space(.), 'Buy')]"))
                .isEmpty());
        browser.click("Buy");

        browser.showing("#email-error", "“not-an-email” is not a valid email address.");
        assertThat(browser.find("#email-error").getText()).doesNotContain("Enter your email address first");
        E2E.screenshot();
    }
}
