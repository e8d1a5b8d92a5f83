package dev.plara.polar.emulator;

import dev.plara.polar.client.CheckoutCreate;
import dev.plara.polar.client.DeliveryQuery;
import dev.plara.polar.client.OrderQuery;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.client.RefundCreate;
import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.testing.HostedCheckout;
import dev.plara.polar.testing.WebhookReceiver.Delivery;
import dev.plara.polar.testing.WebhookReceiver;
import dev.plara.polar.webhook.KeyDerivation;
import dev.plara.polar.webhook.SignatureCheck;
import dev.plara.polar.webhook.WebhookVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class EmulatorWebhookDeliveryTest {

    private static final String LEGACY_SECRET = "polar_whs_legacy-secret-made-in-2025";
    private static final Duration WAIT = Duration.ofSeconds(5);
    /** checkout.created, customer.created, order.created, order.updated, order.paid, checkout.updated. */
    private static final int PAYMENT_EVENTS = 6;

    private PolarEmulator emulator;
    private WebhookReceiver receiver;
    private PolarClient client;

    @BeforeEach
    void start() {
        emulator = PolarEmulator.start(EmulatorConfig.forTests());
        receiver = new WebhookReceiver();
        emulator.registerWebhook(receiver.url(), LEGACY_SECRET, KeyDerivation.LEGACY);
        client = new PolarClient(PolarClientConfig.of(emulator.baseUrl(), emulator.accessToken()));
    }

    @AfterEach
    void stop() {
        emulator.close();
        receiver.close();
    }

    private PolarCheckout pay(String productId) throws Exception {
        PolarCheckout checkout = client.createCheckout(new CheckoutCreate(List.of(productId), null, null, null,
                "alice", Map.of("plara_user_id", "alice"), null, null, null));
        new HostedCheckout().pay(checkout.url(), "4242424242424242", "alice@plara.dev");
        return checkout;
    }

    private static List<String> types(List<Delivery> deliveries) {
        return deliveries.stream().map(Delivery::type).toList();
    }

    @Test
    void signsWithTheEndpointsKeyDerivation() throws Exception {
        pay(emulator.topUpProductId());
        Delivery delivery = receiver.next(WAIT);
        WebhookVerifier legacyOnly = new WebhookVerifier(LEGACY_SECRET, EnumSet.of(KeyDerivation.LEGACY),
                Clock.systemUTC());
        assertThat(legacyOnly.verify(delivery.headers(), delivery.body())).isInstanceOf(SignatureCheck.Valid.class);
    }

    @Test
    void retriesFailuresIncluding3xxWithTheSameWebhookId() throws Exception {
        receiver.answer(500, 302, 204);
        pay(emulator.topUpProductId());
        List<Delivery> all = receiver.next(3 * PAYMENT_EVENTS, WAIT);
        Map<String, List<Delivery>> byId = all.stream().collect(Collectors.groupingBy(d -> d.headers().id()));
        assertThat(byId).hasSize(PAYMENT_EVENTS).allSatisfy((id, attempts) -> assertThat(attempts).hasSize(3));
        String firstId = all.get(0).headers().id();
        assertThat(emulator.deliveries()).filteredOn(a -> a.webhookId().equals(firstId))
                .extracting(DeliveryAttempt::attempt, DeliveryAttempt::status)
                .containsExactly(tuple(1, 500), tuple(2, 302), tuple(3, 204));
        assertThat(receiver.drain(Duration.ofMillis(300))).isEmpty();
    }

    @Test
    void givesUpAfterTenAttempts() throws Exception {
        receiver.answer(503);
        pay(emulator.topUpProductId());
        assertThat(receiver.next(10 * PAYMENT_EVENTS, Duration.ofSeconds(20))).hasSize(10 * PAYMENT_EVENTS);
        assertThat(receiver.drain(Duration.ofMillis(1500))).isEmpty();
        assertThat(emulator.deliveries()).extracting(DeliveryAttempt::attempt).contains(10).doesNotContain(11);
        String firstId = emulator.deliveries().get(0).webhookId();
        List<Instant> times = emulator.deliveries().stream().filter(a -> a.webhookId().equals(firstId))
                .map(DeliveryAttempt::at).toList();
        Duration lastWait = Duration.between(times.get(8), times.get(9));
        assertThat(lastWait).as("Polar's tenth try waits 512 s, scaled").isGreaterThanOrEqualTo(Duration.ofMillis(512));
        assertThat(Duration.between(times.get(0), times.get(1))).as("the waits grow from 2 s, scaled")
                .isLessThan(lastWait.dividedBy(2));
    }

    @Test
    void canDeliverEveryEventTwice() throws Exception {
        emulator.setWebhookFaults(WebhookFaults.none().withDeliverTwice(true));
        pay(emulator.topUpProductId());
        List<Delivery> deliveries = receiver.next(2 * PAYMENT_EVENTS, WAIT);
        assertThat(deliveries.stream().collect(Collectors.groupingBy(d -> d.headers().id(), Collectors.counting())))
                .hasSize(PAYMENT_EVENTS).allSatisfy((id, count) -> assertThat(count).isEqualTo(2));
    }

    @Test
    void canDeliverOutOfOrder() throws Exception {
        emulator.setWebhookFaults(WebhookFaults.none().withOutOfOrder(true));
        pay(emulator.topUpProductId());
        assertThat(types(receiver.next(PAYMENT_EVENTS, WAIT))).as("the checkout's creation, then the payment reversed")
                .containsExactly("checkout.created", "checkout.updated", "order.paid", "order.updated",
                        "order.created", "customer.created");
    }

    @Test
    void canDeliverLate() throws Exception {
        emulator.setWebhookFaults(WebhookFaults.none().withDelay(Duration.ofMillis(400)));
        long paidAt = System.nanoTime();
        pay(emulator.topUpProductId());
        receiver.next(WAIT);
        assertThat(Duration.ofNanos(System.nanoTime() - paidAt)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    /**
     * A dropped event is listed as Polar lists a delivery that reached no one: one failed attempt with no HTTP code
     * and why in its response, its event not yet settled (Polar would try again; the emulator does not).
     */
    @Test
    void canDeliverNothingAndListsEachDroppedEventAsAFailedAttempt() throws Exception {
        emulator.setWebhookFaults(WebhookFaults.none().withDrop(true));
        pay(emulator.topUpProductId());
        assertThat(receiver.drain(Duration.ofMillis(300))).isEmpty();

        var listed = client.webhooks().listDeliveries(DeliveryQuery.all().withSucceeded(false));
        assertThat(listed).hasSize(PAYMENT_EVENTS).allSatisfy(delivery -> {
            assertThat(delivery.succeeded()).isFalse();
            assertThat(delivery.httpCode()).isNull();
            assertThat(delivery.response()).contains("dropped");
            assertThat(delivery.webhookEvent().succeeded()).isNull();
            assertThat(delivery.webhookEvent().lastHttpCode()).isNull();
        });
        assertThat(emulator.deliveries()).hasSize(PAYMENT_EVENTS).noneMatch(DeliveryAttempt::succeeded)
                .allSatisfy(attempt -> assertThat(attempt.attempt()).isEqualTo(1));
    }

    @Test
    void aRefundSendsOrderUpdatedRefundCreatedAndOrderRefunded() throws Exception {
        PolarCheckout checkout = pay(emulator.topUpProductId());
        receiver.next(PAYMENT_EVENTS, WAIT);
        String orderId = client.listOrders(OrderQuery.all().withCheckoutId(checkout.id()))
                .get(0).id();
        client.createRefund(new RefundCreate(orderId, "customer_request", 100, null));
        List<Delivery> events = receiver.next(3, WAIT);
        assertThat(types(events)).containsExactly("order.updated", "refund.created", "order.refunded");
        assertThat(events.get(1).text()).contains("\"status\":\"succeeded\"");
    }
}
