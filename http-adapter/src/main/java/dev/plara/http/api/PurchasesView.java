package dev.plara.http.api;

import dev.plara.wallet.core.domain.access.AccessWords;
import dev.plara.wallet.core.domain.payment.ProductOrder;
import dev.plara.wallet.core.port.in.ViewPurchasesUseCase.Purchases;
import dev.plara.wallet.core.port.in.ViewPurchasesUseCase.SubscriptionPurchase;

import java.time.Instant;
import java.util.List;

/** A user's purchases as the API shows them: orders, and subscriptions with price per interval, status and dates. */
record PurchasesView(List<OrderView> orders, List<SubscriptionView> subscriptions) {

    static PurchasesView from(Purchases purchases, Instant now) {
        return new PurchasesView(purchases.orders().stream().map(OrderView::from).toList(),
                purchases.subscriptions().stream().map(subscription -> SubscriptionView.from(subscription, now))
                        .toList());
    }

    /** An order: what, what it cost, when it was paid and how much was refunded. */
    record OrderView(String orderId, String product, MoneyView amount, MoneyView refunded, String paidAt,
                     String subscriptionId) {
        static OrderView from(ProductOrder order) {
            return new OrderView(order.orderId(), order.productName(), MoneyView.from(order.amount()),
                    MoneyView.from(order.refunded()), WireFormat.time(order.paidAt()), order.subscriptionId());
        }
    }

    /**
     * A subscription: its product, price per interval ({@code price_text}: "9.00 USD per month" in the reader's
     * grouping is built by the page from {@code price}), Polar's {@code status}, {@code renews_at} (renewing) or
     * {@code ends_at} (canceled at period end), what it unlocks, and until when it gives access ({@code null}: none,
     * {@code access_why} says why: "the paid period was refunded" while Polar still renews it).
     */
    record SubscriptionView(String subscriptionId, String product, MoneyView price, String interval, String status,
                            String renewsAt, String endsAt, String unlocks, String unlocksText, boolean accessNow,
                            String accessUntil, String accessWhy) {
        static SubscriptionView from(SubscriptionPurchase purchase, Instant now) {
            var state = purchase.subscription().state();
            boolean ending = state.ending();
            boolean renewing = !ending && purchase.activeAtProvider();
            return new SubscriptionView(state.subscriptionId(), state.product(),
                    MoneyView.from(purchase.subscription().price()), purchase.subscription().interval(),
                    state.status().wireName(), renewing ? WireFormat.time(state.currentPeriodEnd()) : null,
                    ending ? WireFormat.time(state.endsAt() != null ? state.endsAt() : state.currentPeriodEnd()) : null,
                    state.unlocks().text(), AccessWords.unlocks(state.unlocks()), purchase.access().activeAt(now),
                    WireFormat.time(purchase.access().until()), purchase.access().why());
        }
    }
}
