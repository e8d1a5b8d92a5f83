package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.emulator.service.TaxSetting;
import dev.plara.polar.emulator.state.WebhookEventState;
import dev.plara.polar.webhook.KeyDerivation;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What tests and demos can make the emulator do that Polar does on its own: register webhook endpoints, set delivery
 * faults, move time, charge tax, let payments and refunds settle later, settle them, open and move disputes, move
 * subscriptions ({@link #subscriptions()}), reset. Each is also reached over HTTP under {@code /_emulator}
 * ({@link ControlHandler}).
 */
public final class EmulatorControls {

    private final EmulatorServices services;
    private final WebhookDispatcher dispatcher;
    private final AtomicReference<WebhookFaults> faults;
    private final AtomicBoolean refundAnswersLost;
    private final SubscriptionControls subscriptions;

    EmulatorControls(EmulatorServices services, WebhookDispatcher dispatcher, AtomicReference<WebhookFaults> faults,
                     AtomicBoolean refundAnswersLost) {
        this.services = services;
        this.dispatcher = dispatcher;
        this.faults = faults;
        this.refundAnswersLost = refundAnswersLost;
        this.subscriptions = new SubscriptionControls(services);
    }

    public SubscriptionControls subscriptions() {
        return subscriptions;
    }

    /** An endpoint for every event type, signed with {@code secret} under {@code derivation}; its id. */
    public String registerWebhook(URI url, String secret, KeyDerivation derivation) {
        return services.endpoints.register(url, secret, derivation.name().toLowerCase(Locale.ROOT)).id();
    }

    /** Disables an endpoint, as Polar does after its 10 most recent events failed: its events are skipped. */
    public ObjectNode disableWebhookEndpoint(String id) {
        return services.renderer.endpoint(services.endpoints.disable(id));
    }

    public void setWebhookFaults(WebhookFaults value) {
        faults.set(value);
    }

    public WebhookFaults webhookFaults() {
        return faults.get();
    }

    /** Every delivery attempt so far, oldest first. */
    public List<DeliveryAttempt> deliveries() {
        return services.store.deliveries().all().stream().map(d -> new DeliveryAttempt(d.endpointId(), d.eventId(),
                d.type(), d.attempt(), d.httpCode(), d.response(), d.createdAt())).toList();
    }

    /**
     * Moves the emulator's clock forward (and so every time it stamps from now on), then does what Polar does when a
     * period ends: renews, ends or pauses each subscription whose period ended, with its events; the new now.
     */
    public Instant advanceClock(Duration amount) {
        services.store.advanceClock(amount);
        services.renewals.runDue();
        return services.store.clock().instant();
    }

    public Instant now() {
        return services.store.clock().instant();
    }

    public void setTax(TaxSetting value) {
        services.tax.set(value);
    }

    /** While {@code later}, a card payment leaves its order pending (and a new subscription incomplete). */
    public void setOrdersPaidLater(boolean later) {
        services.settlement.setOrdersPaidLater(later);
    }

    /** While {@code later}, a new refund stays pending. */
    public void setRefundsSucceedLater(boolean later) {
        services.settlement.setRefundsSucceedLater(later);
    }

    public ObjectNode payOrder(String orderId) {
        return services.renderer.order(services.orderSettlement.pay(orderId));
    }

    public ObjectNode failOrder(String orderId) {
        return services.renderer.order(services.orderSettlement.fail(orderId));
    }

    public ObjectNode succeedRefund(String refundId) {
        return services.renderer.refund(services.refunds.succeed(refundId));
    }

    public ObjectNode failRefund(String refundId) {
        return services.renderer.refund(services.refunds.fail(refundId));
    }

    /** A chargeback on a paid order, in {@code status} ({@code needs_response} unless another is given). */
    public ObjectNode openDispute(String orderId, String status) {
        return services.renderer.dispute(services.disputes.open(orderId, status == null ? "needs_response" : status));
    }

    public ObjectNode moveDispute(String disputeId, String status) {
        return services.renderer.dispute(services.disputes.move(disputeId, status));
    }

    /**
     * While {@code lost}, {@code POST /v1/refunds/} still makes the refund and sends its webhooks, but answers 503, as
     * when Polar's answer never reaches the caller: the refund exists though the caller cannot know it.
     */
    public void setRefundAnswersLost(boolean lost) {
        refundAnswersLost.set(lost);
    }

    /**
     * The ids of the webhook events of {@code type} ({@code null}: any) recorded so far (sent, failed or dropped),
     * oldest first: what {@link #redeliver} and {@code POST /v1/webhooks/events/{id}/redeliver} take.
     */
    public List<String> eventIds(String type) {
        return services.store.events().where(event -> type == null || event.type().equals(type)).stream()
                .sorted(Comparator.comparing(WebhookEventState::createdAt)).map(WebhookEventState::id)
                .toList();
    }

    /** Sends an event again, as Polar's redeliver does. */
    public void redeliver(String eventId) {
        dispatcher.redeliver(eventId);
    }

    /** Forgets everything but the seeded products (and writes that to the data file, if any). */
    public void reset() {
        services.store.reset();
    }
}
