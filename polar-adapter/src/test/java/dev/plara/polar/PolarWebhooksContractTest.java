package dev.plara.polar;

import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.testing.EmulatorPurchases;
import dev.plara.polar.testing.WebhookReceiver;
import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.polar.webhook.PolarEventTranslator;
import dev.plara.polar.webhook.WebhookHeaders;
import dev.plara.polar.webhook.WebhookVerifier;
import dev.plara.wallet.core.contract.PaymentWebhooksContract;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.port.out.PaymentWebhooks;
import dev.plara.wallet.core.domain.webhook.WebhookRequest;
import org.junit.jupiter.api.AfterEach;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** The webhook contract on Polar: deliveries the emulator signs and sends over real HTTP after a hosted-page payment. */
class PolarWebhooksContractTest extends PaymentWebhooksContract {

    private static final String SECRET = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private final PolarEmulator emulator = PolarEmulator.start(EmulatorConfig.forTests());
    private final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stop() {
        emulator.close();
        receiver.close();
    }

    @Override
    protected PaymentWebhooks webhooksJudgingBy(Clock clock) {
        return new PolarPaymentWebhooks(new WebhookVerifier(SECRET, clock),
                new PolarEventTranslator(emulator.topUpProductId()));
    }

    @Override
    protected WebhookRequest aDeliveredDepositPayment(String user, Money amount) {
        emulator.registerWebhook(receiver.url(), SECRET, KeyDerivation.STANDARD);
        var client = new PolarClient(PolarClientConfig.of(emulator.baseUrl(), emulator.accessToken()));
        new EmulatorPurchases(emulator, client).paidDeposit(user, amount);
        try {
            var sent = receiver.until("order.paid", Duration.ofSeconds(5));
            var orderPaid = sent.get(sent.size() - 1);
            WebhookHeaders headers = orderPaid.headers();
            return new WebhookRequest(Map.of(WebhookHeaders.ID, headers.id(), WebhookHeaders.TIMESTAMP,
                    headers.timestamp(), WebhookHeaders.SIGNATURE, headers.signature()), orderPaid.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
