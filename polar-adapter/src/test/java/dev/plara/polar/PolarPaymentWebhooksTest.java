package dev.plara.polar;

import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.polar.webhook.PolarEventTranslator;
import dev.plara.polar.webhook.WebhookSigner;
import dev.plara.polar.webhook.WebhookVerifier;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.webhook.WebhookRequest;
import dev.plara.wallet.core.port.out.PaymentWebhooks.VerificationResult;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PolarPaymentWebhooksTest {

    private static final String SECRET = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final PolarPaymentWebhooks webhooks = new PolarPaymentWebhooks(
            new WebhookVerifier(SECRET, Clock.fixed(NOW, ZoneOffset.UTC)), new PolarEventTranslator("prod_topup"));

    private WebhookRequest signed(String id, long at, String body) {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        var signature = new WebhookSigner(SECRET, KeyDerivation.STANDARD).sign(id, at, bytes);
        return new WebhookRequest(Map.of("Webhook-Id", id, "Webhook-Timestamp", String.valueOf(at),
                "Webhook-Signature", signature), bytes);
    }

    private static String creditPackOrder() {
        return "{\"type\":\"order.paid\",\"timestamp\":\"2026-11-22T10:00:00Z\",\"data\":{\"id\":\"ord_1\","
                + "\"status\":\"paid\",\"paid\":true,\"currency\":\"usd\",\"subtotal_amount\":1000,\"net_amount\":1000,\"total_amount\":1000,"
                + "\"created_at\":\"2026-11-22T09:59:00Z\",\"checkout_id\":\"chk_1\",\"product_id\":\"prod_pack\","
                + "\"metadata\":{},\"customer\":{\"id\":\"cus_1\",\"email\":\"alice@plara.dev\",\"external_id\":\"alice\"},"
                + "\"product\":{\"id\":\"prod_pack\",\"name\":\"10 USD credit pack\",\"metadata\":{\"plara_credit_pack\":true}}}}";
    }

    @Test
    void aGenuineDeliveryIsVerifiedWithItsIdAndTypeAndDecodedIntoItsCommand() {
        var verification = webhooks.verify(signed("msg_1", NOW.getEpochSecond(), creditPackOrder()));

        assertThat(verification).isEqualTo(new VerificationResult.Verified("msg_1", "order.paid", creditPackOrder()));
        var event = webhooks.decode("order.paid", creditPackOrder());
        assertThat(event).isInstanceOfSatisfying(PaymentEvent.DepositPaid.class, paid -> {
            assertThat(paid.payment().claimedUser()).isEqualTo("alice");
            assertThat(paid.payment().price()).isEqualTo(Money.usd(10_00));
        });
    }

    @Test
    void forgedStaleAndHeaderlessDeliveriesAreRejectedWithTheReason() {
        var tampered = signed("msg_1", NOW.getEpochSecond(), creditPackOrder());
        var forged = new WebhookRequest(tampered.headers(), creditPackOrder().replace("1000", "9000").getBytes());

        assertThat(webhooks.verify(forged)).isInstanceOfSatisfying(VerificationResult.Rejected.class,
                rejected -> assertThat(rejected.reason()).startsWith("bad signature"));
        assertThat(webhooks.verify(signed("msg_1", NOW.getEpochSecond() - 301, creditPackOrder())))
                .isInstanceOfSatisfying(VerificationResult.Rejected.class,
                        rejected -> assertThat(rejected.reason()).contains("more than 5 minutes"));
        assertThat(webhooks.verify(new WebhookRequest(Map.of(), creditPackOrder().getBytes())))
                .isInstanceOfSatisfying(VerificationResult.Rejected.class,
                        rejected -> assertThat(rejected.reason()).startsWith("missing or unreadable headers"));
    }

    @Test
    void aSignedBodyThatIsNotAnEventIsStillStoredAndDecodesAsMalformed() {
        var verification = webhooks.verify(signed("msg_2", NOW.getEpochSecond(), "not json"));

        assertThat(verification).isEqualTo(new VerificationResult.Verified("msg_2", "unreadable", "not json"));
        assertThat(webhooks.decode("unreadable", "not json")).isInstanceOf(PaymentEvent.Malformed.class);
    }

    @Test
    void anEventWhoseDataDoesNotFitKeepsItsTypeAndDecodesAsMalformed() {
        var body = "{\"type\":\"order.paid\",\"timestamp\":\"2026-01-01T00:00:00Z\",\"data\":{\"id\":[1]}}";

        assertThat(webhooks.verify(signed("msg_3", NOW.getEpochSecond(), body)))
                .isEqualTo(new VerificationResult.Verified("msg_3", "order.paid", body));
        assertThat(webhooks.decode("order.paid", body)).isInstanceOf(PaymentEvent.Malformed.class);
    }
}
