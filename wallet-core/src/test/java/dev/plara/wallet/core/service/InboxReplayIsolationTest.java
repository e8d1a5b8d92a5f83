package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.webhook.InboundDelivery;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.LabelTrustingReceiptInspector;
import dev.plara.wallet.core.fixtures.SequentialIds;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class InboxReplayIsolationTest {

    private final CoreHarness h = CoreHarness.usd();

    @Test
    void aDeliveryWhoseReplayThrowsNeverHoldsBackTheDeliveriesAfterIt() {
        pending("msg_poison", "order_1", "alice");
        pending("msg_later", "order_2", "bob");
        var s = h.stores;
        var stores = s.withInbox(new TamperedInbox(s.inbox()) {
            @Override
            public void markDone(String id, InboxStatus status, String outcome) {
                if (id.equals("msg_poison")) {
                    throw new IllegalStateException("this delivery's record cannot be written");
                }
                super.markDone(id, status, outcome);
            }
        });
        var core = new WalletCore(stores, h.provider.asProvider(), new LabelTrustingReceiptInspector(), h.settings,
                h.clock, new SequentialIds("x"));

        int finished = core.replayInbox().replayDue();

        assertThat(finished).isEqualTo(1);
        assertThat(s.inbox().find("msg_later").orElseThrow().status()).isEqualTo(InboxStatus.APPLIED);
        assertThat(h.balanceOf("bob")).isEqualTo(Money.usd(10_00));
    }

    /** A paid order's delivery kept pending, as when its request could not apply it. */
    private void pending(String deliveryId, String orderId, String user) {
        var request = h.provider.delivery(deliveryId, new PaymentEvent.DepositPaid(h.paid(orderId, user,
                Money.usd(10_00))));
        var received = InboundDelivery.received(deliveryId, "order.paid",
                new String(request.body(), StandardCharsets.UTF_8), h.clock.tick());
        h.stores.inbox().record(received.attempted(InboxStatus.PENDING, "the database did not answer",
                received.receivedAt()));
    }
}
