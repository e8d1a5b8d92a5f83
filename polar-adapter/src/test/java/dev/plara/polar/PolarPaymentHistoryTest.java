package dev.plara.polar;

import dev.plara.polar.client.OrderQuery;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.client.RetryPolicy;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.emulator.WebhookFaults;
import dev.plara.polar.testing.HostedCheckout;
import dev.plara.polar.webhook.PolarEventTranslator;
import dev.plara.wallet.core.domain.CheckoutPurpose;
import dev.plara.wallet.core.domain.Money;
import dev.plara.wallet.core.domain.UserId;
import dev.plara.wallet.core.port.in.PaymentEvent;
import dev.plara.wallet.core.port.out.CheckoutRequest;
import dev.plara.wallet.core.port.out.OpenedCheckout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading paid orders and refunds back from Polar (the emulator, over HTTP), as reconciliation does. */
class PolarPaymentHistoryTest {

    private PolarEmulator emulator;
    private PolarClient client;
    private PolarPaymentHistory history;

    @BeforeEach
    void start() {
        emulator = PolarEmulator.start(EmulatorConfig.forTests());
        emulator.setWebhookFaults(WebhookFaults.none().withDrop(true));
        client = new PolarClient(PolarClientConfig.of(emulator.baseUrl(), emulator.accessToken())
                .withRetryPolicy(RetryPolicy.none()));
        history = new PolarPaymentHistory(client, new PolarEventTranslator(emulator.topUpProductId()));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String paidDeposit(String user, long cents) throws Exception {
        var gateway = new PolarCheckoutGateway(client, "https://plara.dev/done/{CHECKOUT_ID}", "https://plara.dev/back");
        var opened = (OpenedCheckout) gateway.open(new CheckoutRequest(CheckoutPurpose.WALLET_DEPOSIT, emulator.topUpProductId(),
                UserId.of(user), null, Money.usd(cents)));
        new HostedCheckout().pay(opened.url(), "4242 4242 4242 4242", user + "@plara.dev");
        return client.listOrders(OrderQuery.all().withCheckoutId(opened.id())).get(0).id();
    }

    @Test
    void paidOrdersAreReadBackAsTheDepositsTheirWebhooksWouldHaveBeen() throws Exception {
        var before = Instant.now().minusSeconds(1);
        var first = paidDeposit("alice", 10_00);
        var second = paidDeposit("bob", 25_00);

        var paid = history.paidOrdersSince(before);

        assertThat(paid).hasSize(2).allMatch(PaymentEvent.DepositPaid.class::isInstance);
        assertThat(paid).extracting(event -> ((PaymentEvent.DepositPaid) event).payment())
                .extracting(payment -> payment.orderId() + " " + payment.claimedUser() + " " + payment.netAmount())
                .containsExactlyInAnyOrder(first + " alice 10.00 USD", second + " bob 25.00 USD");
        assertThat(history.paidOrdersSince(Instant.now().plusSeconds(60))).isEmpty();
        assertThat(history.isPaidOrder(first)).isTrue();
        assertThat(history.isPaidOrder("00000000-0000-4000-8000-000000000000")).isFalse();
    }

    @Test
    void succeededRefundsAreReadBackNewestFirstOnlyAsFarAsAsked() throws Exception {
        var order = paidDeposit("alice", 10_00);
        var before = Instant.now().minusSeconds(1);
        new PolarRefundGateway(client).request(order, Money.usd(3_00), "customer_request");
        new PolarRefundGateway(client).request(order, Money.usd(2_00), "customer_request");

        var refunds = history.refundsSince(before);

        assertThat(refunds).extracting(refund -> refund.orderId() + " " + refund.amount())
                .containsExactly(order + " 2.00 USD", order + " 3.00 USD");
        assertThat(history.refundsSince(Instant.now().plusSeconds(60))).isEmpty();
    }
}
