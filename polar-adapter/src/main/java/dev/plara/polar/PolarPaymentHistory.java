package dev.plara.polar;

import dev.plara.polar.client.OrderQuery;
import dev.plara.polar.client.PolarApiException;
import dev.plara.polar.client.PolarClient;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.webhook.PolarEventTranslator;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.port.out.PaymentHistory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Polar's record of paid orders and refunds, read back through its API for reconciliation and translated exactly as
 * their webhooks are, so both paths reach the ledger with the same idempotency keys.
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
        var orders = ProviderCalls.call("list orders",
                () -> client.listOrders(OrderQuery.all().withCreatedAfter(since.minusMillis(1))));
        return orders.stream()
                .filter(PolarOrder::paid)
                .filter(order -> !order.createdAt().isBefore(since))
                .map(translator::paidOrder)
                .toList();
    }

    @Override
    public List<CompletedRefund> refundsSince(Instant since) {
        var refunds = ProviderCalls.call("list refunds", () -> client.listSucceededRefundsSince(since));
        return refunds.stream()
                .map(translator::refund)
                .flatMap(event -> event.match(deposit -> Stream.<CompletedRefund>empty(), product -> Stream.empty(),
                        subscription -> Stream.empty(), refund -> Stream.of(refund.refund()), ignored -> Stream.empty(),
                        malformed -> Stream.empty()))
                .toList();
    }

    @Override
    public boolean isPaidOrder(String orderId) {
        try {
            return client.getOrder(orderId).paid();
        } catch (PolarApiException e) {
            if (e.status() == 404) {
                return false;
            }
            throw ProviderCalls.fault("read order " + orderId, e);
        }
    }
}
