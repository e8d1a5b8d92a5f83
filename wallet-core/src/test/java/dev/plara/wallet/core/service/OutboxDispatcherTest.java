package dev.plara.wallet.core.service;

import dev.plara.wallet.core.contract.MessageSenderContract;
import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.domain.notification.OutboxStatus;
import dev.plara.wallet.core.domain.paging.PageRequest;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.RecordingSender;
import dev.plara.wallet.core.port.in.DispatchOutboxUseCase.DispatchReport;
import dev.plara.wallet.core.port.out.MessageSender;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxDispatcherTest {

    private final CoreHarness h = CoreHarness.usd();
    private final RecordingSender telegram = new RecordingSender();

    @Test
    void aCreditsLogLineIsSentOnceAfterTheCreditAndNeverAgain() {
        h.core.confirmCardPayment().confirm(h.paid("order_1", "alice", Money.usd(10_00)));
        var dispatcher = h.core.outboxDispatcher(List.of(telegram));

        assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchReport(1, 0, 0));
        assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchReport(0, 0, 0));
        assertThat(telegram.sent()).singleElement().satisfies(message ->
                assertThat(message.body()).startsWith("CARD_DEPOSIT: +10.00 USD wallet:alice/USD (polar:order:order_1)"));
    }

    @Test
    void aChannelThatIsDownIsRetriedWithBackoffAndTheMessageArrivesOnceItIsBack() {
        h.core.confirmCardPayment().confirm(h.paid("order_1", "alice", Money.usd(10_00)));
        var dispatcher = h.core.outboxDispatcher(List.of(telegram));
        telegram.down(true);

        assertThat(dispatcher.dispatchDue()).isEqualTo(new DispatchReport(0, 1, 0));
        assertThat(h.stores.outbox().troubled(PageRequest.first(5)).items()).singleElement()
                .satisfies(delivery -> assertThat(delivery.lastError()).isEqualTo("telegram is down"));
        telegram.down(false);
        assertThat(dispatcher.dispatchDue().sent()).isZero();

        h.clock.advance(Duration.ofSeconds(30));
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(1);
        assertThat(telegram.sent()).hasSize(1);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
    }

    @Test
    void aPermanentFailureOrTooManyAttemptsMakesTheMessageDeadAndVisible() {
        h.stores.outbox().enqueue(new OutboxMessage("email:1", Channel.EMAIL, "zoe@plara.dev", "Hi", "Body", h.clock.tick()));
        var refusingMail = new RecordingSender(Channel.EMAIL, "mailbox does not exist", false);

        var report = h.core.outboxDispatcher(List.of(refusingMail)).dispatchDue();

        assertThat(report).isEqualTo(new DispatchReport(0, 1, 1));
        assertThat(h.stores.outbox().find("email:1").orElseThrow().status()).isEqualTo(OutboxStatus.DEAD);
    }

    @Test
    void twoDispatchersOnOneStoreSendEachMessageOnce() {
        for (int i = 0; i < 20; i++) {
            h.core.confirmCardPayment().confirm(h.paid("order_" + i, "alice", Money.usd(1_00)));
        }
        var first = h.core.outboxDispatcher(List.of(telegram));
        var second = h.core.outboxDispatcher(List.of(telegram));

        var a = CompletableFuture.supplyAsync(first::dispatchDue);
        var b = CompletableFuture.supplyAsync(second::dispatchDue);

        assertThat(a.join().sent() + b.join().sent()).isEqualTo(20);
        assertThat(telegram.sent()).hasSize(20).doesNotHaveDuplicates();
    }

    /** Issue 18: a run capped at 5 batches of 100 sent 500 a second and fell behind a busier ingest. */
    @Test
    void aRunSendsEverythingDueWhileItsBatchesComeBackFullAndItsSecondIsNotUp() {
        var mail = new RecordingSender(Channel.EMAIL, "mail is down", true);
        queueMail(1_200);

        assertThat(h.core.outboxDispatcher(List.of(mail)).dispatchDue()).isEqualTo(new DispatchReport(1_200, 0, 0));
        assertThat(mail.keys()).hasSize(1_200).doesNotHaveDuplicates();
    }

    @Test
    void aRunPastItsSecondClaimsNoMoreThanFiveBatchesAndTheNextRunSendsTheRest() {
        var mail = new RecordingSender(Channel.EMAIL, "mail is down", true);
        var slowMail = mail.during(() -> h.clock.advance(Duration.ofMillis(5)));
        queueMail(1_200);
        var dispatcher = h.core.outboxDispatcher(List.of(slowMail));

        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(500);
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(500);
        assertThat(dispatcher.dispatchDue().sent()).isEqualTo(200);
        assertThat(mail.keys()).hasSize(1_200).doesNotHaveDuplicates();
    }

    private void queueMail(int count) {
        for (int i = 0; i < count; i++) {
            h.stores.outbox().enqueue(new OutboxMessage("email:" + i, Channel.EMAIL, "zoe@plara.dev", "Hi", "Body",
                    h.clock.tick()));
        }
    }

    /** The recording channel these tests stand on holds to the sender contract. */
    @Nested
    class RecordingSenderHoldsToTheContract extends MessageSenderContract {
        @Override
        protected MessageSender newSender() {
            return telegram;
        }

        @Override
        protected List<String> bodiesReceived() {
            return telegram.sent().stream().map(OutboxMessage::body).toList();
        }

        @Override
        protected void takeTheChannelDown() {
            telegram.down(true);
        }
    }
}
