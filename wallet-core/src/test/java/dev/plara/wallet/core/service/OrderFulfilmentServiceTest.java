package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.port.in.ChangeSubscriptionUseCase.SubscriptionResult;
import dev.plara.wallet.core.port.in.FulfilProductOrderUseCase.FulfilmentResult;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class OrderFulfilmentServiceTest {

    private final CoreHarness h = CoreHarness.usd();

    private PaidProductOrder order(String orderId, String user, String email, String subscriptionId) {
        return new PaidProductOrder(orderId, null, user, email, subscriptionId == null ? "prod_ebook" : "prod_monthly",
                "The Product", Money.usd(19_00), subscriptionId, h.clock.tick());
    }

    private SubscriptionResult change(GrantStatus status, Instant until, Instant at) {
        return h.core.changeSubscription().apply(new SubscriptionChange("sub_1", "alice", "alice@example.org",
                "prod_monthly", status, until, at));
    }

    @Test
    void aPaidOrderIsSavedGrantsAccessAndQueuesOneConfirmationEmail() {
        var first = h.core.fulfilProductOrder().fulfil(order("order_1", "alice", "alice@example.org", null));
        var again = h.core.fulfilProductOrder().fulfil(order("order_1", "alice", "alice@example.org", null));

        assertThat(first).isInstanceOf(FulfilmentResult.Fulfilled.class);
        assertThat(again).isInstanceOf(FulfilmentResult.AlreadyFulfilled.class);
        assertThat(h.holdsProduct(UserId.of("alice"), "prod_ebook")).isTrue();
        var email = h.stores.outbox().find("email:order:order_1").orElseThrow().message();
        assertThat(email.channel()).isEqualTo(Channel.EMAIL);
        assertThat(email.recipient()).isEqualTo("alice@example.org");
        assertThat(email.body()).contains("order_1", "19.00 USD");
    }

    @Test
    void aGuestPurchaseBelongsToTheGuestOfItsEmail() {
        h.core.fulfilProductOrder().fulfil(order("order_1", null, "Zoe@Example.org", null));

        assertThat(h.holdsProduct(UserId.guest("zoe@example.org"), "prod_ebook"))
                .isTrue();
    }

    @Test
    void aCanceledSubscriptionKeepsAccessUntilThePeriodEndsAndARevokedOneLosesItNow() {
        h.core.fulfilProductOrder().fulfil(order("order_1", "alice", "alice@example.org", "sub_1"));
        var periodEnd = h.clock.instant().plus(Duration.ofDays(30));

        change(GrantStatus.CANCELED, periodEnd, h.clock.tick());
        assertThat(h.holdsProduct(UserId.of("alice"), "prod_monthly")).isTrue();
        h.clock.advance(Duration.ofDays(31));
        assertThat(h.holdsProduct(UserId.of("alice"), "prod_monthly")).isFalse();

        change(GrantStatus.ACTIVE, h.clock.instant().plus(Duration.ofDays(30)), h.clock.tick());
        assertThat(h.holdsProduct(UserId.of("alice"), "prod_monthly")).isTrue();
        change(GrantStatus.REVOKED, periodEnd.plus(Duration.ofDays(60)), h.clock.tick());
        assertThat(h.holdsProduct(UserId.of("alice"), "prod_monthly")).isFalse();
    }

    @Test
    void anOlderSubscriptionEventArrivingLateChangesNothing() {
        var early = h.clock.tick();
        var late = h.clock.tick();
        change(GrantStatus.REVOKED, null, late);

        var stale = change(GrantStatus.ACTIVE, late.plus(Duration.ofDays(30)), early);

        assertThat(stale).isEqualTo(new SubscriptionResult.Stale("sub_1"));
        assertThat(h.holdsProduct(UserId.of("alice"), "prod_monthly")).isFalse();
    }
}
