package dev.plara.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: an admin sees on the admin page that Polar refunded a parked payment (the refund waits among unmatched
 * refunds, with why), and the page refuses to credit a payment refunded in full, saying why: no money moves.
 */
class UnmatchedRefundBrowserTest {

    @RegisterExtension
    static final E2e E2E = E2e.plara();

    @Test
    void aParkedPaymentPolarRefundedShowsItsRefundAndCannotBeCredited() {
        var browser = E2E.browser();
        var shop = new PolarShop(E2E.app().polar().emulator());
        var order = shop.buyTopUp("stranger", 20_00).path("id").asText();
        shop.refund(order, 20_00);

        E2E.signInAs("admin", "Ada Admin");
        E2E.open("/admin");
        var held = browser.showing("#held-refunds", order);
        assertThat(held.getText()).contains("20.00 USD", "Payment parked", "assigning it credits only what is left");
        var parked = browser.showing("#unmatched", order);
        assertThat(parked.getText()).contains("Refunded by Polar", "20.00 USD");
        browser.type("#assign-user-" + order, "alice");
        browser.click("Assign");
        browser.showing("#unmatched", "nothing is left to credit");
        browser.showing("#audit", "0 entries in 0 wallets");
        E2E.screenshot("refused");
    }
}
