package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.LedgerEntry;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.webhook.InboxStatus;
import dev.plara.wallet.core.domain.webhook.WebhookRequest;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.LabelTrustingReceiptInspector;
import dev.plara.wallet.core.fixtures.SequentialIds;
import dev.plara.wallet.core.port.in.ReceiveWebhookUseCase.WebhookResult;
import dev.plara.wallet.core.port.out.AppendResult;
import dev.plara.wallet.core.port.out.Overdraft;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookIntakeServiceTest {

    private final CoreHarness h = CoreHarness.usd();

    private PaymentEvent paid(String order, long cents) {
        return new PaymentEvent.DepositPaid(h.paid(order, "alice", Money.usd(cents)));
    }

    @Test
    void aForgedDeliveryIsRejectedAndStoresNothing() {
        var genuine = h.provider.delivery("msg_1", paid("order_1", 10_00));
        var forged = new WebhookRequest(genuine.headers(), "{}".getBytes());

        var receipt = h.core.receiveWebhook().receive(forged);

        assertThat(receipt).isEqualTo(new WebhookResult.Rejected("rejected: bad fake signature"));
        assertThat(h.stores.inbox().find("msg_1")).isEmpty();
    }

    @Test
    void aDeliveryIsStoredAppliedOnceAndItsRedeliveryIsADuplicate() {
        var delivery = h.provider.delivery("msg_1", paid("order_1", 10_00));

        var first = h.core.receiveWebhook().receive(delivery);
        var again = h.core.receiveWebhook().receive(delivery);

        assertThat(first).isInstanceOf(WebhookResult.Applied.class);
        assertThat(first.summary()).isEqualTo("order.paid msg_1: order order_1 10.00 USD: credited 10.00 USD to "
                + "wallet:alice/USD");
        assertThat(again).isInstanceOf(WebhookResult.Duplicate.class);
        assertThat(h.stores.inbox().find("msg_1").orElseThrow().status()).isEqualTo(InboxStatus.APPLIED);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }

    @Test
    void aRefundArrivingBeforeItsOrderIsHeldAndAppliedOnceTheOrderIsKnown() {
        var refund = new PaymentEvent.RefundCompleted(CompletedRefund.untaxed("refund_1", "order_1", Money.usd(3_00),
                h.clock.tick()));

        var early = h.core.receiveWebhook().receive(h.provider.delivery("msg_refund", refund));
        h.core.receiveWebhook().receive(h.provider.delivery("msg_paid", paid("order_1", 10_00)));

        assertThat(early).isInstanceOf(WebhookResult.Applied.class);
        assertThat(early.summary()).startsWith("refund.created msg_refund: refund held as unmatched: Polar refunded"
                + " 3.00 USD of order order_1, which Plara has never seen paid");
        assertThat(h.core.replayInbox().replayDue()).isZero();
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(7_00));
    }

    @Test
    void aDeliveryThatFailsWhileApplyingIsKeptAndRetriedUntilItSucceeds() {
        var failures = new AtomicInteger(2);
        var flaky = new TamperedLedger(h.stores.ledger()) {
            @Override
            public AppendResult append(LedgerEntry entry, Overdraft overdraft) {
                if (failures.getAndDecrement() > 0) {
                    throw new IllegalStateException("store unavailable");
                }
                return super.append(entry, overdraft);
            }
        };
        var stores = h.stores.withLedger(flaky);
        var core = new WalletCore(stores, h.provider.asProvider(), new LabelTrustingReceiptInspector(), h.settings,
                h.clock, new SequentialIds("x"));

        var receipt = core.receiveWebhook().receive(h.provider.delivery("msg_1", paid("order_1", 10_00)));
        assertThat(receipt).isInstanceOf(WebhookResult.Deferred.class);
        assertThat(receipt.summary()).contains("store unavailable");

        h.clock.advance(Duration.ofSeconds(11));
        assertThat(core.replayInbox().replayDue()).isZero();
        h.clock.advance(Duration.ofSeconds(21));
        assertThat(core.replayInbox().replayDue()).isEqualTo(1);
        assertThat(h.stores.inbox().find("msg_1").orElseThrow().attempts()).isEqualTo(3);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }

    @Test
    void anIgnoredEventIsStoredAsIgnoredAndAMalformedOneStaysPendingForAnAdmin() {
        var ignored = h.core.receiveWebhook().receive(h.provider.delivery("msg_1", new PaymentEvent.Ignored("order.created")));
        var malformed = h.core.receiveWebhook().receive(h.provider.delivery("msg_2",
                new PaymentEvent.Malformed("data.net_amount is missing")));

        assertThat(ignored).isInstanceOf(WebhookResult.Ignored.class);
        assertThat(malformed).isInstanceOf(WebhookResult.Deferred.class);
        assertThat(h.stores.inbox().find("msg_2").orElseThrow().outcome()).isEqualTo("Plara cannot read this event:"
                + " data.net_amount is missing. Check that the payment provider sends the webhook format this Plara"
                + " version reads; Plara tries again on its own.");
    }

    @Test
    void aDeliveryThatFailsUnexpectedlyRecordsWhyInWordsWithoutTheExceptionsName() {
        coreWhoseLedgerThrows(new IllegalStateException("the database did not answer")).receiveWebhook()
                .receive(h.provider.delivery("msg_7", paid("order_7", 1_00)));
        coreWhoseLedgerThrows(new NullPointerException()).receiveWebhook()
                .receive(h.provider.delivery("msg_8", paid("order_8", 1_00)));

        assertThat(h.stores.inbox().find("msg_7").orElseThrow().outcome()).isEqualTo("Applying it failed: the database"
                + " did not answer. Plara tries again on its own; if it keeps failing, check that the database answers"
                + " and read the server log for this delivery.");
        assertThat(h.stores.inbox().find("msg_8").orElseThrow().outcome()).startsWith("Applying it failed: an"
                + " unexpected error (the server log has its details).").doesNotContain("java.", "Exception");
    }

    private WalletCore coreWhoseLedgerThrows(RuntimeException failure) {
        var failing = new TamperedLedger(h.stores.ledger()) {
            @Override
            public AppendResult append(LedgerEntry entry, Overdraft overdraft) {
                throw failure;
            }
        };
        return new WalletCore(h.stores.withLedger(failing), h.provider.asProvider(), new LabelTrustingReceiptInspector(),
                h.settings, h.clock, new SequentialIds("x"));
    }
}
