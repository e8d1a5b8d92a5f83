package dev.plara.app;

import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RequestRefund;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 13: Polar products bought on the pricing page open what their {@code plara_unlocks} names (they opened
 * nothing before: the store still charged for every video and photo), are not sold twice, and a refund of one of two
 * orders covering the same access keeps it open.
 */
class PolarAccessBrowserTest {

    private static final String LIFETIME_PHOTOS = "8d3f6c1e-2a4b-4f5d-9e8c-1b2a3c4d5e04";
    private static final String MONTHLY_PLAN = "8d3f6c1e-2a4b-4f5d-9e8c-1b2a3c4d5e05";

    @RegisterExtension
    static final E2e E2E = E2e.plara();

    @Test
    void theMonthlyPlanOpensEveryVideoAndIsNotStartedTwice() {
        E2E.signInAs("alice", "Alice Abebe");
        buy("Monthly Plan");

        E2E.open("/store");
        for (String video : new String[] {"video-welcome", "video-masterclass"}) {
            E2E.browser().showing("#item-" + video, "Unlocked by Monthly Plan");
            assertThat(opens("alice", video)).as(video).isTrue();
        }
        assertThat(E2E.browser().find("#item-photo-simien").getText()).contains("3.00 USD", "Buy");
        assertThat(opens("alice", "photo-simien")).isFalse();
        E2E.screenshot("store");

        E2E.open("/");
        var plan = card("Monthly Plan");
        E2E.browser().until(driver -> plan.getText().contains("Active"));
        assertThat(plan.findElement(By.partialLinkText("Manage")).getAttribute("href")).endsWith("/purchases");
        assertThat(plan.findElements(By.tagName("button"))).isEmpty();
        assertThat(apiCheckout(MONTHLY_PLAN)).startsWith("409 ").contains("already-owned", "is active");
        E2E.screenshot();
    }

    @Test
    void theLifetimeCollectionOpensEveryPhotoIsRefusedAgainAndARefundOfOneOfTwoOrdersKeepsAccess() {
        E2E.signInAs("bob", "Bob Bekele");
        var lifetimeOrder = buy("Lifetime photo collection");
        E2E.open("/store");
        for (String photo : new String[] {"photo-addis-dawn", "photo-simien"}) {
            E2E.browser().showing("#item-" + photo, "Unlocked by Lifetime photo collection");
            assertThat(opens("bob", photo)).as(photo).isTrue();
        }
        assertThat(opens("bob", "video-welcome")).isFalse();
        E2E.screenshot("photos");

        E2E.open("/");
        E2E.browser().until(driver -> card("Lifetime photo collection").getText().contains("Owned"));
        assertThat(card("Lifetime photo collection").findElements(By.tagName("button"))).isEmpty();
        assertThat(apiCheckout(LIFETIME_PHOTOS)).startsWith("409 ").contains("already-owned", "nothing to buy again");
        E2E.screenshot("owned");

        buy("Monthly Plan \u2013 everything");
        E2E.app().useCases().requestRefund().request(new RequestRefund(lifetimeOrder, Money.usd(19_00),
                "bought by mistake", "admin"));
        await().until(() -> E2E.app().useCases().checkAccess().grants(UserId.of("bob")).stream()
                .anyMatch(grant -> grant.source().ref().equals(lifetimeOrder) && !grant.activeAt(java.time.Instant.now())));

        assertThat(opens("bob", "photo-simien")).isTrue();
        E2E.open("/store");
        E2E.browser().showing("#item-photo-simien", "Unlocked by Monthly Plan \u2013 everything");
        E2E.open("/wallet");
        E2E.browser().showing("#notifications", "through Lifetime photo collection was revoked. Still open through"
                + " Monthly Plan \u2013 everything.");
        E2E.screenshot();
    }

    /** Buys {@code product} on the pricing page with the test card, and answers its order id once fulfilled. */
    private static String buy(String product) {
        var browser = E2E.browser();
        E2E.open("/");
        var buy = By.xpath("//article[h2[normalize-space(.)='" + product + "']]//button");
        browser.until(driver -> driver.findElement(buy)).click();
        new EmulatorCheckout(browser).payWith(EmulatorCheckout.PAYS);
        browser.until(driver -> driver.getCurrentUrl().startsWith(E2E.url("/checkout/success?checkout_id=")));
        browser.showing("#stage", "Fulfilled: your order is confirmed");
        var checkoutId = browser.url().substring(browser.url().indexOf('=') + 1);
        return E2E.app().useCases().trackCheckout().track(checkoutId).orElseThrow().checkout().orderId();
    }

    private static boolean opens(String user, String item) {
        return E2E.app().useCases().checkAccess().access(UserId.of(user), ItemId.of(item)).orElseThrow().isOpen();
    }

    private static WebElement card(String product) {
        return E2E.browser().visible("#products").findElement(By.xpath(
                "//article[h2[normalize-space(.)='" + product + "']]"));
    }

    /** POST /api/checkout from the signed-in page, as a script would: the status and the answer. */
    private static String apiCheckout(String productId) {
        return (String) E2E.browser().driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const csrf = (document.cookie.match(/(?:^|;\\s*)plara_csrf=([^;]*)/) || [])[1] || '';
                fetch('/api/checkout', { method: 'POST', body: JSON.stringify({ product_id: arguments[0] }),
                    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': decodeURIComponent(csrf) } })
                  .then((r) => r.text().then((t) => done(r.status + ' ' + t)));""", productId);
    }
}
