package dev.plara.polar;

import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.testing.HostedCheckout;
import dev.plara.polar.testing.WebhookReceiver;
import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.polar.webhook.PolarEventTranslator;
import dev.plara.polar.webhook.WebhookHeaders;
import dev.plara.polar.webhook.WebhookVerifier;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.webhook.WebhookRequest;
import dev.plara.wallet.core.port.out.CheckoutRequest;
import dev.plara.wallet.core.port.out.OpenedCheckout;
import dev.plara.wallet.core.port.out.PaymentWebhooks;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole card-deposit path over real HTTP: checkout, hosted page, signed order.paid, then the core's webhook port
 * (verification of the raw bytes and decoding) turning it into the credit command.
 */
class CardDepositEndToEndTest {

    private static final String SECRET = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Test
    void aPaidDepositReachesTheReceiverSignedAndBecomesACreditForTheUser() throws Exception {
        try (PolarEmulator emulator = PolarEmulator.start(EmulatorConfig.forTests());
             WebhookReceiver receiver = new WebhookReceiver()) {
            emulator.registerWebhook(receiver.url(), SECRET, KeyDerivation.STANDARD);
            PolarClient client = new PolarClient(PolarClientConfig.of(emulator.baseUrl(), emulator.accessToken()));
            PolarCheckoutGateway gateway = new PolarCheckoutGateway(client,
                    "https://plara.dev/wallet/deposit/done?checkout={CHECKOUT_ID}", "https://plara.dev/wallet");

            OpenedCheckout opened = (OpenedCheckout) gateway.open(new CheckoutRequest(CheckoutPurpose.WALLET_DEPOSIT,
                    emulator.topUpProductId(), UserId.of("alice"), null, Money.usd(25_00)));
            HttpResponse<String> paid = new HostedCheckout().pay(opened.url(), "4242 4242 4242 4242",
                    "alice@plara.dev");
            assertThat(paid.statusCode()).isEqualTo(303);
            assertThat(paid.headers().firstValue("Location"))
                    .contains("https://plara.dev/wallet/deposit/done?checkout=" + opened.id());

            List<WebhookReceiver.Delivery> deliveries = receiver.next(6, Duration.ofSeconds(5));
            assertThat(deliveries).extracting(WebhookReceiver.Delivery::type).containsExactly("checkout.created",
                    "customer.created", "order.created", "order.updated", "order.paid", "checkout.updated");
            WebhookReceiver.Delivery orderPaid = deliveries.get(4);
            assertThat(orderPaid.userAgent()).isEqualTo("polar.sh webhooks");

            PaymentWebhooks webhooks = new PolarPaymentWebhooks(new WebhookVerifier(SECRET, Clock.systemUTC()),
                    new PolarEventTranslator(emulator.topUpProductId()));
            WebhookHeaders headers = orderPaid.headers();
            var verified = webhooks.verify(new WebhookRequest(Map.of(WebhookHeaders.ID, headers.id(),
                    WebhookHeaders.TIMESTAMP, headers.timestamp(), WebhookHeaders.SIGNATURE, headers.signature()),
                    orderPaid.body()));
            assertThat(verified).isInstanceOfSatisfying(PaymentWebhooks.VerificationResult.Verified.class,
                    delivery -> assertThat(delivery.type()).isEqualTo("order.paid"));
            var genuine = (PaymentWebhooks.VerificationResult.Verified) verified;
            PaymentEvent translation = webhooks.decode(genuine.type(), genuine.payload());

            assertThat(translation).isInstanceOfSatisfying(PaymentEvent.DepositPaid.class, credit -> {
                PaidDeposit deposit = credit.payment();
                assertThat(deposit.claimedUser()).isEqualTo("alice");
                assertThat(deposit.price()).isEqualTo(Money.usd(25_00));
                assertThat(deposit.checkoutId()).isEqualTo(opened.id());
                assertThat(deposit.email()).isEqualTo("alice@plara.dev");
            });
        }
    }
}
