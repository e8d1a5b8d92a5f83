package dev.plara.polar;

import dev.plara.polar.client.PolarClient;
import dev.plara.polar.webhook.PolarEventTranslator;
import dev.plara.polar.webhook.WebhookVerifier;
import dev.plara.wallet.core.embedding.PaymentProvider;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * The core's payment provider on Polar: checkouts, customers, products, refunds, webhooks, order history and webhook
 * deliveries over one client.
 */
public final class PolarPaymentProvider {

    private PolarPaymentProvider() {
    }

    /**
     * @param topUpProductId the custom-price product that tops wallets up
     * @param webhookSecret  the webhook endpoint's signing secret, of either key derivation
     * @param successUrl     where buyers land after paying, with {@code {CHECKOUT_ID}} in it
     * @param returnUrl      the hosted checkout's back link, or {@code null}
     * @param webhookUrl     where Polar sends Plara's webhooks (its endpoint is found by it), read at each check
     * @param clock          what webhook timestamps are judged against
     */
    public static PaymentProvider create(PolarClient client, String topUpProductId, String webhookSecret,
                                         String successUrl, String returnUrl, Supplier<String> webhookUrl,
                                         Clock clock) {
        var translator = new PolarEventTranslator(topUpProductId);
        return new PaymentProvider(new PolarCheckoutGateway(client, successUrl, returnUrl),
                new PolarCustomerDirectory(client), new PolarProductCatalog(client), new PolarRefundGateway(client),
                new PolarPaymentWebhooks(new WebhookVerifier(webhookSecret, clock), translator),
                new PolarPaymentHistory(client, translator), new PolarSubscriptions(client, translator),
                new PolarWebhookDeliveries(client, webhookUrl));
    }
}
