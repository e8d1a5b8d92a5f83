package dev.plara.app;

import dev.plara.polar.emulator.WebhookFaults;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 8, scenario 1: a guest buys a Polar product from the pricing page and pays on the emulator's checkout. */
class DirectPurchaseBrowserTest {

    @RegisterExtension
    static final E2e E2E = E2e.plaraWithMail();

    @Test
    void aGuestBuysAProductWithACardAndTheSuccessPageShowsTheOrderUntilFulfilledAndAnEmailIsSent() throws Exception {
        var browser = E2E.browser();
        E2E.open("/");
        browser.type("#email", "guest.buyer@plara.dev");
        buyButton("Lifetime photo collection").click();

        E2E.app().polar().emulator().setWebhookFaults(WebhookFaults.none().withDelay(Duration.ofSeconds(3)));
        try {
            new EmulatorCheckout(browser).payWith(EmulatorCheckout.PAYS);

            browser.until(driver -> driver.getCurrentUrl().startsWith(E2E.url("/checkout/success?checkout_id=")));
            browser.showing("#stage", "Payment received. Waiting for Polar to confirm it to Plara");
            assertThat(browser.find("#what").getText()).isEqualTo("Lifetime photo collection");
            E2E.screenshot("waiting");
            browser.showing("#stage", "Fulfilled: your order is confirmed");
        } finally {
            E2E.app().polar().emulator().setWebhookFaults(WebhookFaults.none());
        }
        var checkoutId = browser.url().substring(browser.url().indexOf('=') + 1);
        var orderId = E2E.app().useCases().trackCheckout().track(checkoutId).orElseThrow().checkout().orderId();
        assertThat(orderId).isNotBlank();
        assertThat(browser.find("#order-id").getText()).isEqualTo(orderId);
        assertThat(browser.find("#what").getText()).isEqualTo("Lifetime photo collection");
        assertThat(browser.find("#amount").getText()).isEqualTo("19.00 USD");
        assertThat(browser.find("#email").getText()).isEqualTo("guest.buyer@plara.dev");
        assertThat(browser.find("#outcome").getText()).contains("Access granted: Lifetime photo collection, active");
        E2E.screenshot();

        assertThat(E2E.mail().waitForIncomingEmail(15_000, 1)).as("a confirmation email arrives").isTrue();
        MimeMessage email = E2E.mail().getReceivedMessages()[0];
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("guest.buyer@plara.dev");
        assertThat(email.getSubject()).isEqualTo("Your order: Lifetime photo collection");
        assertThat(email.getContent().toString()).contains(orderId, "19.00 USD");
    }

    @Test
    void aGuestIsAskedForAnEmailAndToSignInForCreditPacks() {
        var browser = E2E.browser();
        E2E.open("/");
        var creditPack = card("10 USD credit pack");
        assertThat(creditPack.getText()).contains("10.00 USD", "sign in to buy one");
        assertThat(creditPack.findElements(By.tagName("button"))).isEmpty();

        browser.type("#email", "");
        buyButton("Monthly Plan").click();

        browser.showing("#email-error", "Enter your email address first");
        assertThat(browser.find("#email").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("email");
        assertThat(browser.url()).isEqualTo(E2E.url("/"));
        E2E.screenshot();
        browser.find("#email").sendKeys("g");
        assertThat(browser.find("#email").getAttribute("aria-invalid")).as("no longer marked once edited").isNull();
    }

    private static WebElement card(String product) {
        return E2E.browser().visible("#products").findElement(By.xpath(
                "//article[h2[normalize-space(.)='" + product + "']]"));
    }

    private static WebElement buyButton(String product) {
        var buy = By.xpath("//article[h2[normalize-space(.)='" + product + "']]//button");
        return E2E.browser().until(driver -> driver.findElement(buy));
    }
}
