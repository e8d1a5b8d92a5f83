package dev.plara.app;

import dev.plara.wallet.core.domain.Money;
import dev.plara.wallet.core.domain.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin refunds part of a card deposit through Polar from the admin page: the wallet goes down only once Polar's
 * refund webhooks arrive, by exactly the refunded amount; a refund beyond what is left is refused and changes nothing.
 */
class AdminRefundBrowserTest {

    @RegisterExtension
    static final E2e E2E = E2e.plara();

    @Test
    void aPartialRefundRequestedOnTheAdminPageTakesExactlyThatOutOfTheWalletAndTooMuchIsRefused() {
        var browser = E2E.browser();
        E2E.signInAs("bob", "Bob Bekele");
        E2E.open("/deposit");
        browser.type("#custom-amount", "100");
        browser.click("Pay by card");
        new EmulatorCheckout(browser).payWith(EmulatorCheckout.PAYS);
        browser.showing("#stage", "Credited: the money is in your wallet.");
        browser.click("Your wallet");
        browser.showing("#balances", "100.00 USD");
        var order = browser.find("#history tbody td[data-label='Reference']").getText();

        E2E.signInAs("admin", "Ada Admin");
        E2E.open("/admin");
        requestRefund(order, "40", "Customer asked for part back");
        browser.showing("#refund-status", "requested from Polar. The wallet changes when Polar confirms it.");
        E2E.screenshot("requested");
        requestRefund(order, "60.01", "More than is left");
        browser.showing("#refund-error", "Refund refused:");
        assertThat(browser.find("#refund-error").getText()).contains("refundable");
        assertThat(browser.find("#refund-status").getText()).as("the earlier success is gone").isEmpty();
        E2E.screenshot("refused");

        await("Polar's refund webhooks").atMost(Duration.ofSeconds(20))
                .until(() -> E2E.app().core().viewWallet().balances(UserId.of("bob")).get(0).balance().equals(Money.usd(6_000)));
        E2E.signInAs("bob", "Bob Bekele");
        E2E.open("/wallet");
        browser.showing("#balances", "60.00 USD");
        browser.showing("#page-info", "Page 1 of 1 (2 entries)");
        var rows = browser.find("#history tbody").findElements(By.tagName("tr"));
        assertThat(rows.get(0).getText()).contains("Card deposit refunded", "-40.00 USD", "60.00 USD");
        assertThat(rows.get(1).getText()).contains("+100.00 USD", order);
        browser.showing("#notifications", "A refund of 40.00 USD was taken back from your wallet.");
        E2E.screenshot();

        E2E.signInAs("admin", "Ada Admin");
        E2E.open("/admin");
        browser.showing("#audit", "2 entries in 1 wallet, checked");
    }

    private static void requestRefund(String order, String amount, String reason) {
        var browser = E2E.browser();
        browser.type("#refund-order", order);
        browser.type("#refund-amount", amount);
        browser.type("#refund-reason", reason);
        browser.click("Request refund");
    }
}
