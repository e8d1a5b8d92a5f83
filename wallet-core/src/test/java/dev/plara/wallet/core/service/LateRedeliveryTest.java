package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.access.UserGrants;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.webhook.WebhookRequest;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.in.AssignUnmatchedPaymentUseCase.AssignPayment;
import dev.plara.wallet.core.port.in.ReceiveWebhookUseCase.WebhookResult;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Polar redelivers an old delivery after later events of the same order or subscription: it is applied again (every
 * finished delivery's redelivery is), answered as a duplicate, and changes nothing the later events decided.
 */
class LateRedeliveryTest {

    private static final UserId ALICE = UserId.of("alice");
    private final CoreHarness h = CoreHarness.usd();

    private WebhookResult receive(WebhookRequest delivery) {
        return h.core.receiveWebhook().receive(delivery);
    }

    @Test
    void aProductOrderPaidRedeliveredAfterItsFullRefundChangesNothing() {
        var paid = h.provider.delivery("msg_paid", new PaymentEvent.ProductPaid(new PaidProductOrder("order_1", null,
                "alice", "alice@example.org", "prod_ebook", "The Product", Money.usd(19_00), null, h.clock.tick())));
        receive(paid);
        receive(h.provider.delivery("msg_refund", new PaymentEvent.RefundCompleted(CompletedRefund.untaxed("refund_1",
                "order_1", Money.usd(19_00), h.clock.tick()))));
        var queued = queuedMessages();

        var again = receive(paid);

        assertThat(again).isInstanceOf(WebhookResult.Duplicate.class);
        assertThat(h.holdsProduct(ALICE, "prod_ebook")).as("the refunded order stays revoked").isFalse();
        assertThat(queuedMessages()).as("no second confirmation email").isEqualTo(queued);
    }

    @Test
    void anOldSubscriptionStateRedeliveredAfterItsRevocationChangesNothing() {
        var active = h.provider.delivery("msg_active", new PaymentEvent.SubscriptionChanged(state(
                SubscriptionStatus.ACTIVE, null, h.clock.tick())));
        receive(active);
        var revokedAt = h.clock.tick();
        receive(h.provider.delivery("msg_revoked", new PaymentEvent.SubscriptionChanged(state(
                SubscriptionStatus.CANCELED, revokedAt, revokedAt))));
        assertThat(videoOpens()).isFalse();

        var again = receive(active);

        assertThat(again).isInstanceOf(WebhookResult.Duplicate.class);
        assertThat(videoOpens()).as("the revoked subscription stays revoked").isFalse();
    }

    @Test
    void aParkedPaymentRedeliveredAfterAnAdminAssignedItCreditsOnceAndStaysAssigned() {
        var paid = h.provider.delivery("msg_paid", new PaymentEvent.DepositPaid(h.paid("order_1", null,
                Money.usd(12_00))));
        receive(paid);
        h.core.assignUnmatchedPayment().assign(new AssignPayment("order_1", UserId.of("bob"), "admin-1", "by email"));

        var again = receive(paid);

        assertThat(again).isInstanceOf(WebhookResult.Duplicate.class);
        assertThat(h.balanceOf("bob")).isEqualTo(Money.usd(12_00));
        assertThat(h.core.listUnmatchedPayments().list(true, PageRequest.first(10)).total()).isZero();
        assertThat(h.stores.unmatched().find("order_1").orElseThrow().assignment().user()).isEqualTo(UserId.of("bob"));
    }

    private SubscriptionChange state(SubscriptionStatus status, Instant endedAt, Instant modifiedAt) {
        return new SubscriptionChange("sub_1", "alice", "alice@example.org", "prod_monthly", "Monthly Plan",
                Unlocks.kinds(ItemKind.VIDEO), status, h.clock.instant().plus(Duration.ofDays(30)), false, endedAt,
                endedAt, null, modifiedAt);
    }

    private boolean videoOpens() {
        var video = h.stores.catalog().find(CoreHarness.VIDEO).orElseThrow();
        return new UserGrants(h.stores.grants().of(ALICE)).accessTo(video, h.clock.instant()).isOpen();
    }

    private int queuedMessages() {
        return h.stores.outbox().claimDue(h.clock.instant().plus(Duration.ofDays(1)), "peek", Duration.ZERO, 100)
                .size();
    }
}
