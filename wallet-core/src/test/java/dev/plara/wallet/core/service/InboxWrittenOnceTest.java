package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.webhook.InboundDelivery;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.embedding.WalletStores;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.LabelTrustingReceiptInspector;
import dev.plara.wallet.core.fixtures.SequentialIds;
import dev.plara.wallet.core.port.in.ReceiveWebhookUseCase.WebhookResult;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.Overdraft;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A delivery's inbox document is written once, after applying and before the provider is answered: when that write
 * fails the provider is not answered and its redelivery applies the delivery once; a redelivery finishes a deferred
 * delivery, and never changes a finished one.
 */
class InboxWrittenOnceTest {

    private final CoreHarness h = CoreHarness.usd();
    private final PaymentEvent paid = new PaymentEvent.DepositPaid(h.paid("order_1", "alice", Money.usd(10_00)));

    @Test
    void aDeliveryWhoseInboxWriteFailsIsNotAnsweredAndItsRedeliveryAppliesItOnce() {
        var lost = new AtomicBoolean(true);
        var core = coreOn(h.stores.withInbox(new TamperedInbox(h.stores.inbox()) {
            @Override
            public Optional<InboundDelivery> record(InboundDelivery handled) {
                if (lost.getAndSet(false)) {
                    throw new IllegalStateException("the database did not answer");
                }
                return super.record(handled);
            }
        }));
        var delivery = h.provider.delivery("msg_1", paid);

        assertThatThrownBy(() -> core.receiveWebhook().receive(delivery)).hasMessage("the database did not answer");
        assertThat(h.stores.inbox().find("msg_1")).isEmpty();
        var redelivered = core.receiveWebhook().receive(delivery);

        assertThat(redelivered).isInstanceOf(WebhookResult.Applied.class);
        assertThat(h.stores.inbox().find("msg_1").orElseThrow().status()).isEqualTo(InboxStatus.APPLIED);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }

    @Test
    void aRedeliveryOfADeferredDeliveryThatNowAppliesFinishesItsDocument() {
        var delivery = h.provider.delivery("msg_1", paid);
        var deferred = coreOn(h.stores.withLedger(ledgerDown())).receiveWebhook().receive(delivery);

        var redelivered = h.core.receiveWebhook().receive(delivery);

        assertThat(deferred).isInstanceOf(WebhookResult.Deferred.class);
        assertThat(redelivered).isInstanceOf(WebhookResult.Applied.class);
        assertThat(h.stores.inbox().find("msg_1").orElseThrow()).satisfies(done -> {
            assertThat(done.status()).isEqualTo(InboxStatus.APPLIED);
            assertThat(done.attempts()).isEqualTo(2);
            assertThat(done.outcome()).isEqualTo("order order_1 10.00 USD: credited 10.00 USD to wallet:alice/USD");
        });
        h.clock.advance(Duration.ofHours(1));
        assertThat(h.core.replayInbox().replayDue()).isZero();
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }

    @Test
    void aRedeliveryOfAFinishedDeliveryIsItsDuplicateEvenWhenThisAttemptFailed() {
        var delivery = h.provider.delivery("msg_1", paid);
        var applied = h.core.receiveWebhook().receive(delivery);
        var kept = h.stores.inbox().find("msg_1").orElseThrow();

        var again = coreOn(h.stores.withLedger(ledgerDown())).receiveWebhook().receive(delivery);

        assertThat(again).isEqualTo(new WebhookResult.Duplicate("msg_1", "order.paid msg_1: duplicate of "
                + kept.outcome()));
        assertThat(applied.summary()).isEqualTo("order.paid msg_1: " + kept.outcome());
        assertThat(h.stores.inbox().find("msg_1")).contains(kept);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }

    @Test
    void aDeliveryWhoseHandlerThrowsAnErrorIsKeptPendingAndAnsweredDeferred() {
        var delivery = h.provider.delivery("msg_1", paid);
        var broken = coreOn(h.stores.withLedger(new TamperedLedger(h.stores.ledger()) {
            @Override
            public AppendResult append(LedgerEntry entry, Overdraft overdraft) {
                throw new StackOverflowError();
            }
        }));

        var answer = broken.receiveWebhook().receive(delivery);

        assertThat(answer).isInstanceOf(WebhookResult.Deferred.class);
        assertThat(h.stores.inbox().find("msg_1").orElseThrow()).satisfies(pending -> {
            assertThat(pending.status()).isEqualTo(InboxStatus.PENDING);
            assertThat(pending.attempts()).isEqualTo(1);
        });
        h.clock.advance(Duration.ofMinutes(1));
        assertThat(h.core.replayInbox().replayDue()).isEqualTo(1);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }

    private TamperedLedger ledgerDown() {
        return new TamperedLedger(h.stores.ledger()) {
            @Override
            public AppendResult append(LedgerEntry entry, Overdraft overdraft) {
                throw new IllegalStateException("store unavailable");
            }
        };
    }

    private WalletCore coreOn(WalletStores stores) {
        return new WalletCore(stores, h.provider.asProvider(), new LabelTrustingReceiptInspector(), h.settings, h.clock,
                new SequentialIds("x"));
    }
}
