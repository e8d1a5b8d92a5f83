package dev.plara.app;

import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: after reconciliation, the admin page shows Polar's disputes with their status and evidence due date, and
 * a banner when Polar's webhook endpoint for Plara is disabled.
 */
class AdminDisputesBrowserTest {

    @RegisterExtension
    static final E2e E2E = E2e.plara();

    @Test
    void anOpenDisputeIsListedWithItsDueDateAndADisabledEndpointIsABanner() {
        var browser = E2E.browser();
        var emulator = E2E.app().polar().emulator();
        E2E.signInAs("alice", "Alice Abebe");
        E2E.open("/deposit");
        browser.type("#custom-amount", "40");
        browser.click("Pay by card");
        new EmulatorCheckout(browser).payWith(EmulatorCheckout.PAYS);
        browser.showing("#stage", "Credited: the money is in your wallet.");
        var checkoutId = browser.url().substring(browser.url().indexOf('=') + 1);
        var orderId = E2E.app().useCases().trackCheckout().track(checkoutId).orElseThrow().checkout().orderId();
        emulator.controls().openDispute(orderId, "needs_response");
        var polar = new PolarClient(PolarClientConfig.of(emulator.baseUrl(), emulator.accessToken()));
        polar.webhooks().listEndpoints().forEach(endpoint -> emulator.controls().disableWebhookEndpoint(endpoint.id()));

        E2E.signInAs("admin", "Ada Admin");
        E2E.open("/admin");
        browser.click("Run now");
        browser.showing("#reconciliation-status", "Reconciliation finished.");

        assertThat(browser.visible("#webhook-banner").getText()).startsWith("Webhooks are not reaching Plara: Polar "
                + "has disabled the webhook endpoint at");
        var rows = browser.find("#disputes tbody").findElements(By.tagName("tr"));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.findElement(By.cssSelector("td[data-label='Order']")).getText()).isEqualTo(orderId);
            assertThat(row.findElement(By.cssSelector("td[data-label='Status']")).getText()).containsIgnoringCase(
                    "needs response");
            assertThat(row.findElement(By.cssSelector("td[data-label='Amount']")).getText()).isEqualTo("40.00 USD");
            assertThat(row.findElement(By.cssSelector("td[data-label='Evidence due by']")).getText()).isNotBlank()
                    .isNotEqualTo("–");
        });
        E2E.screenshot();
    }
}
