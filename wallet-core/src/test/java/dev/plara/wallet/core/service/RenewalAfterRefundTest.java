package dev.plara.wallet.core.service;

import dev.plara.wallet.core.fixtures.TamperedGrants;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.SubscriptionStatus;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.access.UserGrants;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.SubscriptionChange;
import dev.plara.wallet.core.domain.payment.SubscriptionTerm;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.LabelTrustingReceiptInspector;
import dev.plara.wallet.core.fixtures.SequentialIds;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refund ends the access of the period its order paid, and only that period: a renewal Polar charged opens its own
 * period again, whether its order and state arrive after the refund though they happened before it, or its order
 * comes without its subscription's state; the refunded order itself, delivered again, reopens nothing, nor does a state
 * of the refunded period stored while the refund revokes.
 */
class RenewalAfterRefundTest {

    private static final UserId ALICE = UserId.of("alice");
    private final CoreHarness h = CoreHarness.usd();
    private final Instant end1 = h.clock.instant().plus(Duration.ofDays(30));
    private final Instant end2 = end1.plus(Duration.ofDays(30));

    private SubscriptionChange state(Instant periodEnd, Instant modifiedAt) {
        return new SubscriptionChange("sub_1", "alice", "alice@example.org", "prod_monthly", "Monthly Plan",
                Unlocks.kinds(ItemKind.VIDEO), SubscriptionStatus.ACTIVE, periodEnd, false, null, null, null,
                modifiedAt);
    }

    private void paid(String orderId, Instant paidAt, SubscriptionChange state, Instant periodEnd) {
        h.core.fulfilProductOrder().fulfil(new PaidProductOrder(orderId, null, "alice", "alice@example.org",
                "prod_monthly", "Monthly Plan", Money.usd(9_00), "sub_1", paidAt, Unlocks.kinds(ItemKind.VIDEO),
                state, new SubscriptionTerm(periodEnd, Period.ofMonths(1))));
    }

    private void refundInFull(String orderId) {
        h.core.applyRefund().apply(CompletedRefund.untaxed("refund_" + orderId, orderId, Money.usd(9_00),
                h.clock.tick()));
    }

    private boolean videoOpens() {
        var video = h.stores.catalog().find(CoreHarness.VIDEO).orElseThrow();
        return new UserGrants(h.stores.grants().of(ALICE)).accessTo(video, h.clock.instant()).isOpen();
    }

    private GrantStatus grantStatus() {
        return h.stores.grants().bySource(GrantSource.polarSubscription("sub_1")).orElseThrow().status();
    }

    @Test
    void aRenewalChargedBeforeTheRefundOfTheEarlierPeriodOpensItsPeriodWhenItsEventsArriveAfterTheRefund() {
        paid("order_1", h.clock.tick(), state(end1, h.clock.tick()), null);
        h.clock.advance(Duration.ofDays(30));
        var renewedAt = h.clock.tick();
        var renewed = state(end2, h.clock.tick());
        refundInFull("order_1");
        assertThat(videoOpens()).as("the refund came first and ended the period it knew of").isFalse();

        h.core.changeSubscription().apply(renewed);
        paid("order_2", renewedAt, renewed, null);

        assertThat(videoOpens()).as("order_2 paid the second period").isTrue();
        assertThat(grantStatus()).isEqualTo(GrantStatus.ACTIVE);
    }

    @Test
    void aRenewalsOrderWithoutItsSubscriptionsStateReplacesTheRevocationOfTheRefundedPeriod() {
        paid("order_1", h.clock.tick(), null, end1);
        refundInFull("order_1");
        assertThat(videoOpens()).isFalse();

        h.clock.advance(Duration.ofDays(30));
        paid("order_2", h.clock.tick(), null, end2);

        assertThat(videoOpens()).as("the customer paid the renewal").isTrue();
    }

    @Test
    void aStateOfTheRefundedPeriodStoredWhileTheRefundRevokesDoesNotKeepThePeriodOpen() {
        paid("order_1", h.clock.tick(), state(end1, h.clock.tick()), null);
        long later = SubscriptionAccessService.version(state(end1, h.clock.tick()));
        var racing = new TamperedGrants(h.stores.grants()) {
            private boolean raced;

            @Override
            public boolean upsertIfNewer(Grant grant) {
                if (grant.status() == GrantStatus.REVOKED && !raced) {
                    raced = true;
                    var seen = bySource(grant.source()).orElseThrow();
                    super.upsertIfNewer(new Grant(seen.user(), seen.unlocks(), seen.source(), seen.soldAs(),
                            seen.title(), GrantStatus.ACTIVE, seen.validFrom(), seen.validUntil(), later));
                }
                return super.upsertIfNewer(grant);
            }
        };
        var core = new WalletCore(h.stores.withGrants(racing), h.provider.asProvider(),
                new LabelTrustingReceiptInspector(), h.settings, h.clock, new SequentialIds("race"));

        core.applyRefund().apply(CompletedRefund.untaxed("refund_1", "order_1", Money.usd(9_00), h.clock.tick()));

        assertThat(racing.raced).as("a state of the same period was stored first").isTrue();
        assertThat(grantStatus()).isEqualTo(GrantStatus.REVOKED);
        assertThat(videoOpens()).isFalse();
        assertThat(h.stores.outbox().find("log:subscription-refund:order_1").orElseThrow().message().body())
                .contains("ended the access subscription sub_1 gave alice");
    }

    @Test
    void theRefundedOrderDeliveredAgainReopensNothing() {
        var paidAt = h.clock.tick();
        paid("order_1", paidAt, null, end1);
        refundInFull("order_1");

        paid("order_1", paidAt, null, end1);
        h.core.changeSubscription().apply(state(end1, h.clock.tick()));

        assertThat(videoOpens()).isFalse();
        assertThat(grantStatus()).isEqualTo(GrantStatus.REVOKED);
    }
}
