package dev.plara.polar.webhook;

import dev.plara.polar.model.PolarCustomer;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarProduct;
import dev.plara.polar.model.PolarSubscription;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.payment.SubscriptionTerm;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.Period;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscription's paid order says what period it pays for even when the subscription it embeds cannot be read, and
 * a status Polar adds later (its {@code SubscriptionStatus} may grow) does not make a subscription unreadable.
 */
class SubscriptionOrderTranslationTest {

    private static final Instant CREATED = Instant.parse("2026-05-01T10:00:00Z");
    private static final Instant PERIOD_END = Instant.parse("2026-08-01T10:00:00Z");
    private static final PolarCustomer CUSTOMER = new PolarCustomer("c1", "alice@plara.dev", null, "alice", CREATED,
            null, null);
    private static final PolarProduct PLAN = new PolarProduct("plan", "Quarterly Plan", null, true, "month", 3, false,
            Map.of("plara_unlocks", "kind:video"), null);

    private final PolarEventTranslator translator = new PolarEventTranslator("top-up");

    private static PolarSubscription subscription(String status) {
        return new PolarSubscription("s1", CREATED, CREATED.plusSeconds(1), status, 2700, "usd", "month", 3, CREATED,
                PERIOD_END, false, null, null, null, "c1", "plan", "ch1", Map.of(), CUSTOMER, null, CREATED, null,
                null, null, false, null, null, null);
    }

    private static PolarOrder order(PolarSubscription subscription) {
        return new PolarOrder("o1", CREATED, CREATED.plusSeconds(3), "paid", true, 2700, 0, 2700, 0, 2700, 0, "usd",
                "subscription_create", "c1", "ch1", "plan", "s1", Map.of(), CUSTOMER, PLAN, 0, 2700, 0, subscription);
    }

    private PaidProductOrder paid(PolarOrder order) {
        var event = translator.translate(new PolarEvent.OrderEvent("order.paid", CREATED, order));
        return ((PaymentEvent.ProductPaid) event).order();
    }

    @Test
    void anOrderWhoseSubscriptionIsUnreadableStillSaysThePeriodItPays() {
        var order = paid(order(subscription(null)));

        assertThat(order.subscription()).isNull();
        assertThat(order.term()).isEqualTo(new SubscriptionTerm(PERIOD_END, Period.ofMonths(3)));
    }

    @Test
    void anOrderWithoutItsSubscriptionPaysOneIntervalOfItsProduct() {
        assertThat(paid(order(null)).term()).isEqualTo(new SubscriptionTerm(null, Period.ofMonths(3)));
    }

    @Test
    void aStatusPolarAddedLaterIsStillASubscriptionState() {
        var event = translator.translate(new PolarEvent.SubscriptionEvent("subscription.updated", CREATED,
                subscription("pending_review")));

        assertThat(event).isInstanceOfSatisfying(PaymentEvent.SubscriptionChanged.class, changed -> {
            assertThat(changed.change().status()).isEqualTo(SubscriptionStatus.UNKNOWN);
            assertThat(changed.change().currentPeriodEnd()).isEqualTo(PERIOD_END);
        });
        assertThat(paid(order(subscription("pending_review"))).subscription()).isNotNull();
    }
}
