package dev.plara.app;

import dev.plara.wallet.core.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 8, scenarios 2 and 3: card deposits through the emulator's checkout, paid and declined. */
class CardDepositBrowserTest {

    @RegisterExtension
    static final E2e E2E = E2e.plara();

    @Test
    void aSignedInUserDepositsOneHundredByCardAndTheWalletShowsOneEntryAndOneNotification() {
        var browser = E2E.browser();
        E2E.signInAs("alice", "Alice Abebe");
        E2E.open("/deposit");
        browser.showing("#custom-hint", "Any amount from 1.00 USD to 1,000.00 USD");
        browser.type("#custom-amount", "100");
        browser.click("Pay by card");
        new EmulatorCheckout(browser).payWith(EmulatorCheckout.PAYS);

        browser.showing("#stage", "Credited: the money is in your wallet.");
        assertThat(browser.find("#outcome").getText())
                .isEqualTo("+100.00 USD added to your wallet. New balance: 100.00 USD.");
        browser.click("Your wallet");

        browser.showing("#balances", "100.00 USD");
        browser.showing("#page-info", "Page 1 of 1 (1 entry)");
        var rows = browser.find("#history tbody").findElements(By.tagName("tr"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).getText()).contains("+100.00 USD", "Polar", "Completed");
        var notifications = browser.find("#notifications").findElements(By.tagName("li"));
        assertThat(notifications).hasSize(1);
        assertThat(notifications.get(0).getText()).contains("Card deposit of 100.00 USD credited");
        assertThat(browser.find("#unread").getText()).isEqualTo("1 unread");
        assertThat(browser.find("#nav-unread").getText()).contains("1");
        E2E.screenshot();

        browser.resize(390, 844);
        assertThat((Boolean) browser.script(
                "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("no sideways scrolling at phone width").isTrue();
        assertThat(browser.visible("#history tbody tr").getText()).contains("+100.00 USD");
        E2E.screenshot("phone");
        browser.resize(1280, 900);

        browser.click("Mark as read");
        browser.showing("#notifications-status", "Marked as read.");
        assertThat(browser.find("#unread").isDisplayed()).isFalse();
        assertThat(browser.find("#nav-unread").isDisplayed()).isFalse();
    }

    @Test
    void aDeclinedCardCreditsNothingAndSaysSoClearly() {
        var browser = E2E.browser();
        E2E.signInAs("bob", "Bob Bekele");
        E2E.open("/deposit");
        browser.click("10.00 USD");
        new EmulatorCheckout(browser).payWith(EmulatorCheckout.DECLINED);

        assertThat(browser.visible("#error").getText()).isEqualTo("Your card was declined.");
        E2E.screenshot("declined");
        browser.click("Back");
        browser.showing("main", "Nothing was charged.");
        assertThat(browser.url()).isEqualTo(E2E.url("/checkout/return"));
        E2E.screenshot();

        E2E.open("/wallet");
        browser.showing("#balances", "Your wallet is empty.");
        browser.showing("#page-info", "Page 1 of 1 (0 entries)");
        assertThat(browser.find("#history tbody").findElements(By.tagName("tr"))).isEmpty();
        assertThat(E2E.app().useCases().viewWallet().balances(UserId.of("bob"))).isEmpty();
    }
}
