package dev.plara.app;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The admin refunds part of a card deposit through Polar from the admin page, picking the order from the user's paid
 * orders: the wallet goes down only once Polar's refund webhooks arrive, by exactly the refunded amount, and the picker
 * then shows what is left; a refund beyond what is left is refused and changes nothing; a refund whose answer is lost
 * is shown as not confirmed, is not sent again, and lands once its webhooks arrive.
 */
class AdminRefundBrowserTest {

    @RegisterExtension
    static final E2e E2E = E2e.plara();

    @Test
    void aPartialRefundRequestedOnTheAdminPageTakesExactlyThatOutOfTheWalletAndTooMuchIsRefused() {
        var browser = E2E.browser();
        var order = deposit("bob", "Bob Bekele", "100");

        E2E.signInAs("admin", "Ada Admin");
        E2E.open("/admin");
        var listed = findOrders("bob", order);
        assertThat(listed.getText()).contains("Wallet deposit", "100.00 USD", "0.00 USD");
        requestRefund(order, "40", "Customer asked for part back");
        browser.showing("#refund-status", "requested from Polar. The wallet changes when Polar confirms it;");
        E2E.screenshot("requested");

        awaitBalance("bob", 6_000);
        listed = findOrders("bob", order);
        assertThat(listed.findElement(By.cssSelector("td[data-label='Refunded']")).getText()).isEqualTo("40.00 USD");
        assertThat(listed.findElement(By.cssSelector("td[data-label='Refundable']")).getText()).isEqualTo("60.00 USD");
        requestRefund(order, "60.01", "More than is left");
        browser.showing("#refund-error", "Type an amount up to 60.00 USD and a reason.");
        E2E.screenshot("what-is-left");
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

    @Test
    void aRefundWhoseAnswerPolarLostIsShownAsNotConfirmedAndLandsOnceWhenItsWebhooksArrive() {
        var browser = E2E.browser();
        var order = deposit("alice", "Alice Abebe", "100");

        E2E.app().polar().emulator().setRefundAnswersLost(true);
        try {
            E2E.signInAs("admin", "Ada Admin");
            E2E.open("/admin");
            findOrders(order, order);
            requestRefund(order, "25", "Customer asked");
            browser.showing("#refund-error", "Refund not confirmed:");
            assertThat(browser.find("#refund-error").getText()).contains("may already exist at Polar", "a second request could refund twice");
            assertThat(browser.find("#refund-status").getText()).isEmpty();
            E2E.screenshot("unconfirmed");
        } finally {
            E2E.app().polar().emulator().setRefundAnswersLost(false);
        }

        awaitBalance("alice", 7_500);
        E2E.signInAs("alice", "Alice Abebe");
        E2E.open("/wallet");
        browser.showing("#balances", "75.00 USD");
        browser.showing("#page-info", "Page 1 of 1 (2 entries)");
        E2E.screenshot();
    }

    /** Deposits {@code amount} by card as {@code user} and returns the Polar order id the wallet shows for it. */
    private static String deposit(String user, String name, String amount) {
        var browser = E2E.browser();
        E2E.signInAs(user, name);
        E2E.open("/deposit");
        browser.type("#custom-amount", amount);
        browser.click("Pay by card");
        new EmulatorCheckout(browser).payWith(EmulatorCheckout.PAYS);
        browser.showing("#stage", "Credited: the money is in your wallet.");
        browser.click("Your wallet");
        browser.showing("#balances", amount + ".00 USD");
        return browser.find("#history tbody td[data-label='Reference']").getText();
    }

    /** Waits for Polar's refund webhooks to have brought {@code user}'s wallet to {@code cents}. */
    private static void awaitBalance(String user, long cents) {
        await("Polar's refund webhooks").atMost(Duration.ofSeconds(20)).until(() ->
                E2E.app().useCases().viewWallet().balances(UserId.of(user)).get(0).balance().equals(Money.usd(cents)));
    }

    /** Searches the refund picker for {@code search} and returns the row of {@code order} it lists. */
    private static WebElement findOrders(String search, String order) {
        var browser = E2E.browser();
        browser.type("#order-query", search);
        browser.click("Find orders");
        return browser.until(driver -> driver.findElement(By.cssSelector("#orders tr[data-order='" + order + "']")));
    }

    /** Chooses {@code order} in the picker's list and asks Polar to refund {@code amount} of it. */
    private static void requestRefund(String order, String amount, String reason) {
        var browser = E2E.browser();
        if (!browser.find("#refund-form").isDisplayed() || !browser.find("#refund-chosen").getText().contains(order)) {
            browser.find("#orders tr[data-order='" + order + "'] button").click();
        }
        browser.type("#refund-amount", amount);
        browser.type("#refund-reason", reason);
        browser.click("Request refund");
    }
}
