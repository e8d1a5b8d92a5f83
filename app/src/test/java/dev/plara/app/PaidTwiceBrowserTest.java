package dev.plara.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the operator and the buyer see when a lifetime product was paid twice anyway (the second checkout opened outside
 * Plara's one at a time): the admin page's "Paid twice" names the user, the product, both orders and what to do; the
 * buyer's notifications say one payment will be refunded; the pricing page still says Owned.
 */
class PaidTwiceBrowserTest {

    @RegisterExtension
    static final E2e E2E = E2e.plara();

    @Test
    void theAdminPageListsBothOrdersWithWhatToDoAndTheBuyerIsTold() {
        var browser = E2E.browser();
        E2E.signInAs("alice", "Alice Abebe");
        E2E.open("/");
        browser.until(driver -> driver.findElement(By.xpath(
                "//article[h2[normalize-space(.)='Lifetime photo collection']]//button"))).click();
        new EmulatorCheckout(browser).payWith(EmulatorCheckout.PAYS);
        browser.showing("#stage", "Fulfilled: your order is confirmed");
        var checkoutId = browser.url().substring(browser.url().indexOf('=') + 1);
        var first = E2E.app().useCases().trackCheckout().track(checkoutId).orElseThrow().checkout().orderId();
        var shop = new PolarShop(E2E.app().polar().emulator());
        var second = shop.buyOutsidePlara("alice", shop.productNamed("Lifetime photo collection")).path("id").asText();

        E2E.open("/wallet");
        browser.showing("#notifications", "You paid for Lifetime photo collection twice (orders " + first + " and "
                + second + "). You keep it for good either way; one of the two payments will be refunded to you.");
        E2E.screenshot("buyer-told");

        E2E.signInAs("admin", "Ada Admin");
        E2E.open("/admin");
        browser.showing("#paid-twice-" + second, first + " and " + second);
        var row = browser.find("#paid-twice-" + second).getText();
        assertThat(row).contains("alice", "Lifetime photo collection", "19.00 USD each", "Waiting for a refund",
                "Refund one of them in Polar or here.");
        E2E.screenshot();
    }
}
