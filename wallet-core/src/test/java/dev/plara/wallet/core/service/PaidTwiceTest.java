package dev.plara.wallet.core.service;

import dev.plara.wallet.core.fixtures.TamperedGrants;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.ItemKind;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.fixtures.LabelTrustingReceiptInspector;
import dev.plara.wallet.core.fixtures.SequentialIds;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Defence in depth behind "never sold twice": an order paid for a lifetime product the buyer already holds for good
 * through another order is put before an admin (both orders, what to do), the buyer is told, and neither refund
 * takes the access the other order still pays for.
 */
class PaidTwiceTest {

    private final CoreHarness h = CoreHarness.usd();
    private final UserId alice = UserId.of("alice");

    private void paid(String orderId) {
        h.core.fulfilProductOrder().fulfil(new PaidProductOrder(orderId, null, "alice", "alice@example.org",
                FakePaymentProvider.PHOTOS, "Lifetime photos", Money.usd(19_00), null, h.clock.tick(),
                Unlocks.kinds(ItemKind.PHOTO)));
    }

    private boolean opensPhotos() {
        return h.core.checkAccess().access(alice, CoreHarness.PHOTO).orElseThrow().isOpen();
    }

    @Test
    void aSecondPaidOrderForAHeldLifetimeProductIsPutBeforeAnAdminAndTheBuyerIsTold() {
        paid("order_1");
        paid("order_2");
        paid("order_2");

        var paidTwice = h.core.findRefundableOrders().paidTwice();
        assertThat(paidTwice).singleElement().satisfies(twice -> {
            assertThat(twice.order().orderId()).isEqualTo("order_2");
            assertThat(twice.alsoCoveredBy().orderId()).isEqualTo("order_1");
            assertThat(twice.waiting()).isTrue();
            assertThat(twice.advice()).isEqualTo("alice (alice@example.org) paid twice for Lifetime photos (orders order_1 and order_2,"
                    + " 19.00 USD each); refund one of them in Polar or here.");
        });
        assertThat(h.stores.notifications().of(alice, PageRequest.first(10)).items()).extracting(note -> note.message())
                .contains("You paid for Lifetime photos twice (orders order_1 and order_2). You keep it for good either way;"
                        + " one of the two payments will be refunded to you.");
        assertThat(h.stores.outbox().find("log:paid-twice:order_2").orElseThrow().message().body())
                .isEqualTo(paidTwice.get(0).advice());
    }

    @Test
    void twoOrdersFulfilledAtOnceEachLookingBeforeTheOtherWroteItsGrantAreMarkedOnce() {
        var interleave = new AtomicBoolean(true);
        var s = h.stores;
        var grants = new TamperedGrants(s.grants()) {
            @Override
            public List<Grant> of(UserId user) {
                var seen = super.of(user);
                if (interleave.getAndSet(false)) {
                    paid("order_2");
                }
                return seen;
            }
        };
        var slowCore = new WalletCore(s.withGrants(grants), h.provider.asProvider(), new LabelTrustingReceiptInspector(),
                h.settings, h.clock, new SequentialIds("slow"));

        slowCore.fulfilProductOrder().fulfil(new PaidProductOrder("order_1", null, "alice", "alice@example.org",
                FakePaymentProvider.PHOTOS, "Lifetime photos", Money.usd(19_00), null, h.clock.tick(),
                Unlocks.kinds(ItemKind.PHOTO)));

        assertThat(interleave).as("order_2 was fulfilled while order_1 looked").isFalse();
        assertThat(h.core.findRefundableOrders().paidTwice()).singleElement().satisfies(twice -> {
            assertThat(twice.order().orderId()).isEqualTo("order_2");
            assertThat(twice.alsoCoveredBy().orderId()).isEqualTo("order_1");
        });
    }

    @Test
    void refundingEitherOrderKeepsTheAccessTheOtherStillPaysForAndSettlesTheReview() {
        paid("order_1");
        paid("order_2");

        h.core.applyRefund().apply(CompletedRefund.untaxed("refund_1", "order_1", Money.usd(19_00), h.clock.tick()));

        assertThat(opensPhotos()).isTrue();
        assertThat(h.core.findRefundableOrders().paidTwice()).singleElement()
                .satisfies(twice -> assertThat(twice.waiting()).isFalse());
        h.core.applyRefund().apply(CompletedRefund.untaxed("refund_2", "order_2", Money.usd(19_00), h.clock.tick()));
        assertThat(opensPhotos()).isFalse();
    }

    @Test
    void anOrderAfterTheFirstWasRefundedIsNoDuplicate() {
        paid("order_1");
        h.core.applyRefund().apply(CompletedRefund.untaxed("refund_1", "order_1", Money.usd(19_00), h.clock.tick()));
        paid("order_2");

        assertThat(h.core.findRefundableOrders().paidTwice()).isEmpty();
        assertThat(opensPhotos()).isTrue();
    }
}
