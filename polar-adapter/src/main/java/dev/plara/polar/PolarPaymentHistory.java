package dev.plara.polar;

import dev.plara.polar.client.OrderQuery;
import dev.plara.polar.client.PolarApiException;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.RefundQuery;
import dev.plara.polar.model.PolarMoney;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarRefund;
import dev.plara.polar.webhook.PolarEventTranslator;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.reconciliation.Dispute;
import dev.plara.wallet.core.domain.reconciliation.DisputeStatus;
import dev.plara.wallet.core.domain.reconciliation.WatchedFact;
import dev.plara.wallet.core.port.out.PaymentHistory;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Polar's record of paid orders, refunds and disputes, read back through its API for reconciliation and translated
 * exactly as their webhooks are, so both paths reach the ledger with the same idempotency keys.
 */
public final class PolarPaymentHistory implements PaymentHistory {

    private final PolarClient client;
    private final PolarEventTranslator translator;

    public PolarPaymentHistory(PolarClient client, PolarEventTranslator translator) {
        this.client = Objects.requireNonNull(client, "client");
        this.translator = Objects.requireNonNull(translator, "translator");
    }

    @Override
    public List<PaymentEvent> paidOrdersSince(Instant since) {
        return ordersSince(since).filter(PolarOrder::paid).map(translator::paidOrder).toList();
    }

    @Override
    public List<CompletedRefund> refundsSince(Instant since) {
        var refunds = ProviderCalls.call("list refunds", () -> client.listSucceededRefundsSince(since));
        return refunds.stream().flatMap(this::completed).toList();
    }

    /** Pending orders from Polar's order list; pending refunds from its refund list, newest first, down to since. */
    @Override
    public List<WatchedFact> unsettledSince(Instant since) {
        var orders = ordersSince(since).filter(order -> "pending".equals(order.status()))
                .map(order -> WatchedFact.order(order.id(), order.createdAt()));
        var refunds = ProviderCalls.call("list refunds", () -> client.listRefundsSince(since)).stream()
                .filter(refund -> "pending".equals(refund.status()))
                .map(refund -> WatchedFact.refund(refund.id(), refund.createdAt()));
        return Stream.concat(orders, refunds).toList();
    }

    @Override
    public Optional<PaymentEvent> paidOrder(String orderId) {
        return readOrder(orderId).filter(PolarOrder::paid).map(translator::paidOrder);
    }

    @Override
    public Optional<CompletedRefund> succeededRefund(String refundId) {
        return ProviderCalls.call("read refund " + refundId, () -> client.listRefunds(RefundQuery.all()
                .withIds(List.of(refundId)))).stream().flatMap(this::completed).findFirst();
    }

    /** The checkout ({@code GET /v1/checkouts/{id}}), then its paid order ({@code GET /v1/orders/?checkout_id=}). */
    @Override
    public Optional<PaymentEvent> paidOrderOfCheckout(String checkoutId) {
        var checkout = ProviderCalls.call("read checkout " + checkoutId, () -> client.getCheckout(checkoutId));
        if (!"succeeded".equals(checkout.status())) {
            return Optional.empty();
        }
        return ProviderCalls.call("list the orders of checkout " + checkoutId, () -> client.listOrders(
                OrderQuery.all().withCheckoutId(checkoutId))).stream().filter(PolarOrder::paid)
                .map(translator::paidOrder).findFirst();
    }

    @Override
    public boolean isPaidOrder(String orderId) {
        return readOrder(orderId).filter(PolarOrder::paid).isPresent();
    }

    @Override
    public List<Dispute> disputes() {
        return ProviderCalls.call("list disputes", () -> client.disputes().list(null, null)).stream()
                .map(dispute -> new Dispute(dispute.id(), dispute.orderId(),
                        DisputeStatus.valueOf(dispute.status().toUpperCase(Locale.ROOT)),
                        PolarMoney.of(dispute.amount(), dispute.currency()),
                        PolarMoney.of(dispute.taxAmount(), dispute.currency()), dispute.evidenceDueBy(),
                        dispute.modifiedAt() != null ? dispute.modifiedAt() : dispute.createdAt()))
                .toList();
    }

    private Stream<PolarOrder> ordersSince(Instant since) {
        var orders = ProviderCalls.call("list orders",
                () -> client.listOrders(OrderQuery.all().withCreatedAfter(since.minusMillis(1))));
        return orders.stream().filter(order -> !order.createdAt().isBefore(since));
    }

    private Optional<PolarOrder> readOrder(String orderId) {
        try {
            return Optional.of(client.getOrder(orderId));
        } catch (PolarApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw ProviderCalls.fault("read order " + orderId, e);
        }
    }

    private Stream<CompletedRefund> completed(PolarRefund refund) {
        return translator.refund(refund).match(deposit -> Stream.<CompletedRefund>empty(), product -> Stream.empty(),
                subscription -> Stream.empty(), done -> Stream.of(done.refund()), ignored -> Stream.empty(),
                malformed -> Stream.empty());
    }
}
