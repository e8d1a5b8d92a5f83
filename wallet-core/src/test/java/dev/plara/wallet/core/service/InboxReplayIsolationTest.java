package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.paging.Page;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.webhook.InboundDelivery;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.embedding.WalletStores;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.LabelTrustingReceiptInspector;
import dev.plara.wallet.core.fixtures.SequentialIds;
import dev.plara.wallet.core.port.out.WebhookInbox;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class InboxReplayIsolationTest {

    private final CoreHarness h = CoreHarness.usd();

    @Test
    void aDeliveryWhoseReplayThrowsNeverHoldsBackTheDeliveriesAfterIt() {
        pending("msg_poison", "order_1", "alice");
        pending("msg_later", "order_2", "bob");
        var s = h.stores;
        var stores = new WalletStores(s.ledger(), s.refundTallies(), s.checkouts(), s.checkoutClaims(), s.deposits(), s.grants(),
                s.legacyEntitlements(), s.notifications(),
                s.catalog(), s.unmatched(), s.orders(), s.users(), s.syncedCustomers(), s.outbox(),
                new PoisonedInbox(s.inbox(), "msg_poison"), s.receipts(), s.reconciliations(), s.unitOfWork());
        var core = new WalletCore(stores, h.provider.asProvider(), new LabelTrustingReceiptInspector(), h.settings,
                h.clock, new SequentialIds("x"));

        int finished = core.replayInbox().replayDue();

        assertThat(finished).isEqualTo(1);
        assertThat(s.inbox().find("msg_later").orElseThrow().status()).isEqualTo(InboxStatus.APPLIED);
        assertThat(h.balanceOf("bob")).isEqualTo(Money.usd(10_00));
    }

    /** A paid order's delivery stored and left pending, as after a crash before it was applied. */
    private void pending(String deliveryId, String orderId, String user) {
        var request = h.provider.delivery(deliveryId, new PaymentEvent.DepositPaid(h.paid(orderId, user,
                Money.usd(10_00))));
        h.stores.inbox().record(InboundDelivery.received(deliveryId, "order.paid",
                new String(request.body(), StandardCharsets.UTF_8), h.clock.tick()));
    }

    /** An inbox that cannot record the outcome of one delivery. */
    private record PoisonedInbox(WebhookInbox inbox, String poisoned) implements WebhookInbox {
        @Override
        public boolean record(InboundDelivery delivery) {
            return inbox.record(delivery);
        }

        @Override
        public Optional<InboundDelivery> find(String id) {
            return inbox.find(id);
        }

        @Override
        public void markDone(String id, InboxStatus status, String outcome) {
            if (id.equals(poisoned)) {
                throw new IllegalStateException("this delivery's record cannot be written");
            }
            inbox.markDone(id, status, outcome);
        }

        @Override
        public void markFailed(String id, String error, Instant nextAttemptAt) {
            inbox.markFailed(id, error, nextAttemptAt);
        }

        @Override
        public List<InboundDelivery> due(Instant now, int limit) {
            return inbox.due(now, limit);
        }

        @Override
        public Page<InboundDelivery> list(InboxStatus status, PageRequest page) {
            return inbox.list(status, page);
        }
    }
}
