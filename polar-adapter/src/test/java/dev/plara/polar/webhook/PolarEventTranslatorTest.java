package dev.plara.polar.webhook;

import dev.plara.polar.model.PolarCustomer;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarProduct;
import dev.plara.polar.model.PolarRefund;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.ChargedAmounts;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.payment.PaymentProduct;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PolarEventTranslatorTest {

    private static final String TOP_UP = "top-up-product";
    private static final Instant CREATED = Instant.parse("2026-05-01T10:00:00Z");
    private static final Instant EVENT_TIME = Instant.parse("2026-05-01T10:00:05Z");
    private static final PolarCustomer CUSTOMER = new PolarCustomer("c1", "alice@plara.dev", null, "alice-external",
            CREATED, null, null);

    private static final ChargedAmounts CHARGED = new ChargedAmounts(Money.usd(1000), Money.usd(90), Money.usd(1090));

    private final PolarEventTranslator translator = new PolarEventTranslator(TOP_UP);

    private static PolarOrder order(String productId, Map<String, Object> metadata, boolean paid) {
        PolarProduct product = new PolarProduct(productId, "Product " + productId, null, false, null, 0, false, null,
                null);
        return new PolarOrder("o1", CREATED, CREATED.plusSeconds(3), paid ? "paid" : "pending", paid, 1500, 500, 1000,
                90, 1090, 0, "usd", "purchase", "c1", "ch1", productId, null, metadata, CUSTOMER, product, 0, 1000, 90,
                null);
    }

    private PaymentEvent paid(PolarOrder order) {
        return translator.translate(new PolarEvent.OrderEvent("order.paid", EVENT_TIME, order));
    }

    @Test
    void aPaidDepositCreditsItsPriceToTheUserInMetadata() {
        PolarOrder order = order("any", Map.of("plara_purpose", "wallet_deposit", "plara_user_id", "alice"), true);
        assertThat(paid(order)).isEqualTo(new PaymentEvent.DepositPaid(
                new PaidDeposit("o1", "ch1", "alice", "alice@plara.dev", Money.usd(1000), CHARGED, CREATED)));
    }

    @Test
    void anOrderOfTheTopUpProductWithoutPurposeIsADepositForTheExternalCustomer() {
        assertThat(paid(order(TOP_UP, Map.of(), true))).isEqualTo(new PaymentEvent.DepositPaid(
                new PaidDeposit("o1", "ch1", "alice-external", "alice@plara.dev", Money.usd(1000), CHARGED,
                        CREATED)));
    }

    @Test
    void anyOtherPaidOrderIsAProductOrder() {
        PolarOrder order = order("photo", Map.of("plara_purpose", "product_purchase", "plara_user_id", "bob"), true);
        assertThat(paid(order)).isEqualTo(new PaymentEvent.ProductPaid(new PaidProductOrder("o1", "ch1", "bob",
                "alice@plara.dev", "photo", "Product photo", Money.usd(1000), null, CREATED)));
        assertThat(paid(order(TOP_UP, Map.of("plara_purpose", "product_purchase"), true)))
                .isInstanceOf(PaymentEvent.ProductPaid.class);
    }

    @Test
    void onlyAPaidOrderPaidEventMovesMoney() {
        assertThat(paid(order(TOP_UP, Map.of(), false))).isInstanceOf(PaymentEvent.Ignored.class);
        for (String type : List.of("order.created", "order.updated", "order.refunded")) {
            assertThat(translator.translate(new PolarEvent.OrderEvent(type, EVENT_TIME, order(TOP_UP, Map.of(), true))))
                    .isInstanceOfSatisfying(PaymentEvent.Ignored.class, i -> assertThat(i.why()).startsWith(type));
        }
    }

    @Test
    void reconciliationTranslatesAReadBackOrderLikeItsWebhook() {
        PolarOrder order = order(TOP_UP, Map.of("plara_user_id", "alice"), true);
        assertThat(translator.paidOrder(order)).isEqualTo(paid(order));
    }

    @Test
    void aSucceededRefundIsAppliedAtTheRefundsOwnTimeWhateverTheEnvelopeSays() {
        PolarRefund refund = new PolarRefund("r1", CREATED, null, "succeeded", "customer_request", 400, 0, "usd",
                "o1", null, "c1", Map.of());
        assertThat(translator.translate(new PolarEvent.RefundEvent("refund.created", EVENT_TIME, refund)))
                .isEqualTo(new PaymentEvent.RefundCompleted(CompletedRefund.untaxed("r1", "o1", Money.usd(400), CREATED)));
        assertThat(translator.refund(refund)).isEqualTo(translator.translate(
                new PolarEvent.RefundEvent("refund.updated", EVENT_TIME.plusSeconds(60), refund)));
        PolarRefund pending = new PolarRefund("r2", CREATED, null, "pending", "other", 400, 0, "usd", "o1", null,
                "c1", Map.of());
        assertThat(translator.translate(new PolarEvent.RefundEvent("refund.updated", EVENT_TIME, pending)))
                .isInstanceOf(PaymentEvent.Ignored.class);
    }

    private static PolarSubscription subscription(Instant modified, Instant endsAt, Instant endedAt) {
        return new PolarSubscription("s1", CREATED, modified, "active", 900, "usd", "month", 1, CREATED,
                Instant.parse("2026-06-01T10:00:00Z"), endsAt != null, null, endsAt, endedAt, "c1", "plan", "ch1",
                Map.of("plara_user_id", "alice"), CUSTOMER, null, CREATED, null, null, null, false, null, null, null);
    }

    private PaymentEvent subscriptionEvent(String type, PolarSubscription subscription) {
        return translator.translate(new PolarEvent.SubscriptionEvent(type, EVENT_TIME, subscription));
    }

    @Test
    void everySubscriptionEventCarriesTheWholeStateStampedWithPolarsModifiedAt() {
        Instant modified = CREATED.plusSeconds(60);
        Instant periodEnd = Instant.parse("2026-06-01T10:00:00Z");
        Instant endsAt = Instant.parse("2026-05-20T00:00:00Z");
        for (String type : List.of("subscription.created", "subscription.updated", "subscription.canceled",
                "subscription.past_due", "subscription.cycled")) {
            assertThat(subscriptionEvent(type, subscription(modified, endsAt, null))).isEqualTo(
                    new PaymentEvent.SubscriptionChanged(new SubscriptionChange("s1", "alice", "alice@plara.dev",
                            "plan", null, PaymentProduct.itself("plan"), SubscriptionStatus.ACTIVE, periodEnd, true, endsAt, null, null,
                            modified)));
        }
        assertThat(subscriptionEvent("subscription.active", subscription(null, null, null))).as("never modified")
                .isEqualTo(new PaymentEvent.SubscriptionChanged(new SubscriptionChange("s1", "alice",
                        "alice@plara.dev", "plan", null, PaymentProduct.itself("plan"), SubscriptionStatus.ACTIVE, periodEnd, false, null,
                        null, null, CREATED)));
    }

    @Test
    void everythingElseIsAcknowledgedAndIgnoredWithAReason() {
        assertThat(translator.translate(new PolarEvent.Unhandled("customer.created", EVENT_TIME)))
                .isEqualTo(new PaymentEvent.Ignored("customer.created is not an event Plara acts on"));
    }
}
