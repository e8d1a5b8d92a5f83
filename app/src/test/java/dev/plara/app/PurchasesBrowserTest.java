package dev.plara.app;

import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.user.UserId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13: "My purchases" shows a subscription with its price per month and renewal date; Manage opens Polar's
 * customer portal (the emulator's), where canceling keeps access until the period ends, and then it ends; a refunded
 * period is shown refunded, not open, while Polar still renews the subscription.
 */
class PurchasesBrowserTest {

    @RegisterExtension
    static final E2e E2E = E2e.plara();

    @Test
    void aSubscriptionShowsItsMonthlyPriceAndRenewalAndCancelingInThePortalKeepsAccessUntilThePeriodEnds() {
        var browser = E2E.browser();
        E2E.signInAs("alice", "Alice Abebe");
        E2E.open("/");
        var plan = By.xpath("//article[h2[normalize-space(.)='Monthly Plan']]");
        browser.until(driver -> driver.findElement(plan).getText().contains("9.00 USD per month"));
        browser.until(driver -> driver.findElement(plan).findElement(By.tagName("button"))).click();
        new EmulatorCheckout(browser).payWith(EmulatorCheckout.PAYS);
        browser.showing("#stage", "Fulfilled: your order is confirmed");

        E2E.open("/purchases");
        var row = By.cssSelector("#subscriptions tbody tr");
        browser.until(driver -> driver.findElement(row).getText().contains("Renews on"));
        assertThat(browser.find("#subscriptions tbody tr").getText()).contains("Monthly Plan", "9.00 USD per month",
                "Active", "every video", "Open until");
        assertThat(browser.find("#orders tbody").getText()).contains("Monthly Plan", "9.00 USD");
        assertThat(opens("video-welcome")).isTrue();
        E2E.screenshot("purchases");

        browser.find("#manage").click();
        var emulator = E2E.app().polar().emulator();
        browser.until(driver -> driver.getCurrentUrl().startsWith(emulator.baseUrl() + "/portal"));
        E2E.screenshot("portal");
        browser.find("button.cancel").click();
        browser.until(driver -> driver.findElements(By.cssSelector("button.uncancel")).size() == 1);
        E2E.screenshot("portal-canceled");

        E2E.open("/purchases");
        browser.until(driver -> driver.findElement(row).getText().contains("Ends on"));
        assertThat(browser.find("#subscriptions tbody tr").getText()).contains("Open until").doesNotContain("Renews");
        assertThat(opens("video-welcome")).as("canceling keeps access until the period ends").isTrue();
        E2E.screenshot("canceled");

        var periodEnd = E2E.app().useCases().checkAccess().grants(UserId.of("alice")).get(0).validUntil();
        emulator.controls().advanceClock(Duration.between(emulator.controls().now(), periodEnd).plusMinutes(1));
        await("the period to end").atMost(Duration.ofSeconds(20)).until(() -> !opens("video-welcome"));

        E2E.open("/purchases");
        browser.until(driver -> driver.findElement(row).getText().contains("No access"));
        assertThat(browser.find("#subscriptions tbody tr").getText()).contains("Canceled");
        E2E.screenshot();
    }

    @Test
    void aSubscriptionWhoseRunningPeriodWasRefundedSaysSoAndGivesNoAccessThoughPolarStillRenewsIt() {
        var browser = E2E.browser();
        E2E.signInAs("bob", "Bob Bekele");
        E2E.open("/");
        var buy = By.xpath("//article[h2[normalize-space(.)='Monthly Plan']]//button");
        browser.until(driver -> driver.findElement(buy)).click();
        new EmulatorCheckout(browser).payWith(EmulatorCheckout.PAYS);
        browser.showing("#stage", "Fulfilled: your order is confirmed");
        var order = E2E.app().useCases().viewPurchases().purchases(UserId.of("bob")).orders().get(0);

        new PolarShop(E2E.app().polar().emulator()).refund(order.orderId(), 9_00);
        await("the refund applied").atMost(Duration.ofSeconds(20)).until(() -> !opens("bob", "video-welcome"));

        E2E.open("/purchases");
        var row = By.cssSelector("#subscriptions tbody tr");
        browser.until(driver -> driver.findElement(row).getText().contains("No access"));
        assertThat(browser.find("#subscriptions tbody tr").getText()).as("Polar charges the next period")
                .contains("Active", "Renews on", "No access: the paid period was refunded").doesNotContain("Open until");
        assertThat(browser.find("#orders tbody").getText()).contains("Monthly Plan", "9.00 USD");
        E2E.screenshot();
    }

    private static boolean opens(String item) {
        return opens("alice", item);
    }

    private static boolean opens(String user, String item) {
        return E2E.app().useCases().checkAccess().access(UserId.of(user), ItemId.of(item)).orElseThrow().isOpen();
    }
}
