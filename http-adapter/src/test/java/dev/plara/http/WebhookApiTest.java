package dev.plara.http;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.fixtures.FakeWebhooks;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.webhook.WebhookRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookApiTest {

    private final TestServer api = TestServer.start();
    private final FakePaymentProvider provider = api.harness.provider;

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply deliver(WebhookRequest request) {
        var call = api.post("/api/webhooks/polar").header("Content-Type", "application/json");
        request.headers().forEach(call::header);
        return call.body(request.body()).send();
    }

    private WebhookRequest paid(String deliveryId, String orderId, long cents) {
        return provider.delivery(deliveryId, new PaymentEvent.DepositPaid(PaidDeposit.untaxed(orderId, null, "alice",
                "alice@example.org", Money.usd(cents), api.harness.clock.tick())));
    }

    @Test
    void aGenuinePaymentIsAppliedOnceAndItsRedeliveryChangesNothing() {
        var delivery = paid("wh-1", "ord-1", 10_00);

        var first = deliver(delivery);
        var again = deliver(delivery);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("outcome").asText()).isEqualTo("applied");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("outcome").asText()).isEqualTo("duplicate");
        assertThat(api.harness.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }

    @Test
    void theSamePaymentUnderAnotherDeliveryIdIsStillCreditedOnce() {
        deliver(paid("wh-1", "ord-1", 10_00));
        deliver(paid("wh-2", "ord-1", 10_00));

        assertThat(api.harness.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }

    @Test
    void aForgedDeliveryIs403AndChangesNothing() {
        var genuine = paid("wh-1", "ord-1", 10_00);
        var headers = new java.util.HashMap<>(genuine.headers());
        headers.put(FakeWebhooks.SIGNATURE, "forged");

        var reply = deliver(new WebhookRequest(headers, genuine.body()));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.problem()).isEqualTo("webhook-rejected");
        assertThat(api.harness.balanceOf("alice")).isEqualTo(Money.usd(0));
        assertThat(api.harness.stores.inbox().find("wh-1")).isEmpty();
    }

    @Test
    void anUnknownOrIgnoredEventIsAcknowledged() {
        var reply = deliver(provider.delivery("wh-9", new PaymentEvent.Ignored("checkout.updated is not acted on")));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("outcome").asText()).isEqualTo("ignored");
    }

    @Test
    void aDeliveryThatCannotBeAppliedYetIsStoredAndAnswered202() {
        var reply = deliver(provider.delivery("wh-3", new PaymentEvent.Malformed("unreadable order")));

        assertThat(reply.status()).isEqualTo(202);
        assertThat(reply.json().path("outcome").asText()).isEqualTo("deferred");
        assertThat(api.harness.stores.inbox().find("wh-3")).isPresent();
    }

    @Test
    void aBodyOverOneMebibyteIs413ByDeclaredLengthAndByActualBytes() {
        var big = new byte[1024 * 1024 + 1];
        var declared = api.post("/api/webhooks/polar").header(FakeWebhooks.SIGNATURE, "ok")
                .header("webhook-id", "wh-big").body(big).send();
        var chunked = api.post("/api/webhooks/polar").header(FakeWebhooks.SIGNATURE, "ok")
                .header("webhook-id", "wh-big").body(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big))).send();

        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.problem()).isEqualTo("payload-too-large");
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(api.harness.stores.inbox().find("wh-big")).isEmpty();
    }

    @Test
    void anInboxThatCannotStoreIsA503SoPolarRetries() {
        try (var failing = TestServer.withCore(FailingStores::coreWithInboxDown)) {
            var request = paid("wh-1", "ord-1", 10_00);
            var call = failing.post("/api/webhooks/polar");
            request.headers().forEach(call::header);

            var reply = call.body(request.body()).send();

            assertThat(reply.status()).isEqualTo(503);
            assertThat(reply.problem()).isEqualTo("unavailable");
        }
    }
}
