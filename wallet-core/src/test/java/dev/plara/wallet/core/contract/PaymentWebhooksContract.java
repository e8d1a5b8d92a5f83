package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.webhook.WebhookRequest;
import dev.plara.wallet.core.port.out.PaymentWebhooks.VerificationResult;
import dev.plara.wallet.core.port.out.PaymentWebhooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@link PaymentWebhooks} contract, run against the fake provider and against Polar (its emulator, over HTTP). */
public abstract class PaymentWebhooksContract {

    private final Clock now = Clock.systemUTC();
    private WebhookRequest genuine;

    /** Plara's side of the provider's webhooks, judging delivery timestamps against {@code clock}. */
    protected abstract PaymentWebhooks webhooksJudgingBy(Clock clock);

    /** Has the provider deliver the paid order of a wallet deposit of {@code amount} by {@code user}, as received. */
    protected abstract WebhookRequest aDeliveredDepositPayment(String user, Money amount);

    @BeforeEach
    void receiveADelivery() {
        genuine = aDeliveredDepositPayment("alice", Money.usd(12_34));
    }

    @Test
    void aGenuineDeliveryVerifiesWithItsIdAndTypeAndDecodesIntoTheTypedEvent() {
        var webhooks = webhooksJudgingBy(now);

        var verification = webhooks.verify(genuine);

        assertThat(verification).isInstanceOf(VerificationResult.Verified.class);
        var verified = (VerificationResult.Verified) verification;
        assertThat(verified.deliveryId()).isEqualTo(genuine.header("webhook-id"));
        assertThat(verified.type()).isEqualTo("order.paid");
        assertThat(verified.payload()).isEqualTo(new String(genuine.body(), StandardCharsets.UTF_8));
        assertThat(webhooks.decode(verified.type(), verified.payload())).isInstanceOfSatisfying(
                PaymentEvent.DepositPaid.class, paid -> {
                    assertThat(paid.payment().claimedUser()).isEqualTo("alice");
                    assertThat(paid.payment().price()).isEqualTo(Money.usd(12_34));
                });
    }

    @Test
    void aTamperedBodyOrAnotherDeliveryIdIsRejectedWithTheReason() {
        var body = genuine.body().clone();
        body[body.length / 2] ^= 1;
        var otherId = new HashMap<>(genuine.headers());
        otherId.put("webhook-id", "another-delivery");

        assertRejected(webhooksJudgingBy(now).verify(new WebhookRequest(genuine.headers(), body)));
        assertRejected(webhooksJudgingBy(now).verify(new WebhookRequest(otherId, genuine.body())));
    }

    @Test
    void aDeliveryJudgedMoreThanFiveMinutesFromItsTimestampIsRejected() {
        assertRejected(webhooksJudgingBy(Clock.offset(now, Duration.ofMinutes(6))).verify(genuine));
        assertRejected(webhooksJudgingBy(Clock.offset(now, Duration.ofMinutes(-6))).verify(genuine));
        assertThat(webhooksJudgingBy(Clock.offset(now, Duration.ofMinutes(4))).verify(genuine))
                .isInstanceOf(VerificationResult.Verified.class);
    }

    @Test
    void aDeliveryWithoutItsHeadersIsRejectedWithTheReason() {
        assertRejected(webhooksJudgingBy(now).verify(new WebhookRequest(Map.of(), genuine.body())));
        assertRejected(webhooksJudgingBy(now).verify(new WebhookRequest(
                Map.of("webhook-id", genuine.header("webhook-id")), genuine.body())));
    }

    @Test
    void whatCannotBeReadDecodesAsMalformedAndNeverThrows() {
        assertThat(webhooksJudgingBy(now).decode("order.paid", "not json")).isInstanceOf(PaymentEvent.Malformed.class);
    }

    private static void assertRejected(VerificationResult verification) {
        assertThat(verification).isInstanceOfSatisfying(VerificationResult.Rejected.class,
                rejected -> assertThat(rejected.reason()).isNotBlank());
    }
}
