package dev.plara.polar.emulator;

import dev.plara.polar.client.CheckoutCreate;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.testing.HostedCheckout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class HostedCheckoutPageTest {

    private static PolarEmulator emulator;
    private static PolarClient client;
    private final HostedCheckout buyer = new HostedCheckout();

    @BeforeAll
    static void start() {
        emulator = PolarEmulator.start(EmulatorConfig.forTests());
        client = new PolarClient(PolarClientConfig.of(emulator.baseUrl(), emulator.accessToken()));
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static PolarCheckout checkout(String successUrl) {
        return client.createCheckout(new CheckoutCreate(List.of(emulator.topUpProductId()), 4200L, "usd", null,
                "buyer-" + UUID.randomUUID(), null, successUrl, "https://plara.dev/back", false));
    }

    @Test
    void showsTheProductTheAmountAndALabelledCardForm() throws Exception {
        HttpResponse<String> page = buyer.open(checkout("https://plara.dev/ok").url());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Wallet top-up", "42.00 USD",
                "<label for=\"card-number\">", "id=\"card-number\" name=\"card-number\"",
                "<label for=\"expiry\">", "<label for=\"cvc\">", "<label for=\"email\">",
                "<button type=\"submit\" id=\"pay\">Pay</button>", "href=\"https://plara.dev/back\"");
    }

    @Test
    void theTestCardPaysAndRedirectsToTheSuccessUrlWithTheCheckoutId() throws Exception {
        PolarCheckout checkout = checkout("https://plara.dev/ok?checkout_id={CHECKOUT_ID}");
        HttpResponse<String> paid = buyer.pay(checkout.url(), "4242 4242 4242 4242", "alice@plara.dev");
        assertThat(paid.statusCode()).isEqualTo(303);
        assertThat(paid.headers().firstValue("Location")).contains("https://plara.dev/ok?checkout_id=" + checkout.id());
        assertThat(client.getCheckout(checkout.id()).status()).isEqualTo("succeeded");
        assertThat(buyer.pay(checkout.url(), "4242 4242 4242 4242", "alice@plara.dev").statusCode()).isEqualTo(422);
    }

    @Test
    void theDeclineCardIsRefusedWithAVisibleMessageAndTheCheckoutStaysOpen() throws Exception {
        PolarCheckout checkout = checkout("https://plara.dev/ok");
        HttpResponse<String> declined = buyer.pay(checkout.url(), "4000 0000 0000 0002", "alice@plara.dev");
        assertThat(declined.statusCode()).isEqualTo(402);
        assertThat(declined.body()).contains("role=\"alert\"", "Your card was declined.");
        assertThat(client.getCheckout(checkout.id()).status()).isEqualTo("open");
        assertThat(buyer.pay(checkout.url(), "4242424242424242", "alice@plara.dev").statusCode()).isEqualTo(303);
    }

    @Test
    void anIncompleteFormIsShownAgainWithWhatIsMissing() throws Exception {
        HttpResponse<String> page = buyer.pay(checkout("https://plara.dev/ok").url(), "4242", "alice@plara.dev");
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("Your card number is incomplete.");
    }

    @Test
    void withoutASuccessUrlThePaymentEndsOnTheEmulatorsConfirmationPage() throws Exception {
        PolarCheckout checkout = checkout(null);
        HttpResponse<String> paid = buyer.pay(checkout.url(), "4242424242424242", "alice@plara.dev");
        String location = paid.headers().firstValue("Location").orElseThrow();
        assertThat(buyer.open(location).body()).contains("Payment received", checkout.id());
    }
}
