package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.notification.Channel;
import dev.plara.wallet.core.domain.notification.OutboxMessage;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.embedding.WalletStores;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.fixtures.LabelTrustingReceiptInspector;
import dev.plara.wallet.core.fixtures.SequentialIds;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.memory.InMemoryStores;
import dev.plara.wallet.core.port.out.MessageSender;
import dev.plara.wallet.core.port.out.UnitOfWork;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * No message leaves for Telegram or mail while a unit of work runs, checked on the outbound port itself: messages
 * leave from the outbox, after the writes that queued them.
 */
class MessagesAfterCommitTest {

    private final TestClock clock = TestClock.standard();

    @Test
    void noMessageLeavesForTelegramOrMailWhileAUnitOfWorkRuns() {
        var unitOfWork = new RecordingUnitOfWork();
        var stores = InMemoryStores.create();
        var core = new WalletCore(new WalletStores(stores.ledger(), stores.refundTallies(), stores.checkouts(),
                stores.checkoutClaims(), stores.deposits(), stores.grants(), stores.legacyEntitlements(),
                stores.notifications(), stores.catalog(), stores.unmatched(), stores.orders(), stores.users(),
                stores.syncedCustomers(), stores.outbox(), stores.inbox(), stores.receipts(), stores.reconciliations(),
                unitOfWork), new FakePaymentProvider().asProvider(), new LabelTrustingReceiptInspector(),
                CoreHarness.usd().settings, clock, new SequentialIds("id"));
        var sentInsideAUnit = new ArrayList<OutboxMessage>();
        var telegram = sender(Channel.TELEGRAM, unitOfWork, sentInsideAUnit);
        var mail = sender(Channel.EMAIL, unitOfWork, sentInsideAUnit);
        stores.users().remember(new UserProfile(UserId.of("alice"), "alice@example.org", "Alice"));

        core.confirmCardPayment().confirm(PaidDeposit.untaxed("order_1", null, "alice", "alice@example.org",
                Money.usd(10_00), clock.tick()));
        core.fulfilProductOrder().fulfil(new PaidProductOrder("order_2", null, "alice", "alice@example.org",
                FakePaymentProvider.EBOOK, "E-book", Money.usd(19_00), null, clock.tick()));
        var report = core.outboxDispatcher(List.of(telegram, mail)).dispatchDue();

        assertThat(unitOfWork.units).isGreaterThanOrEqualTo(2);
        assertThat(report.sent()).isEqualTo(2);
        verify(telegram, atLeastOnce()).send(any());
        verify(mail).send(any());
        assertThat(sentInsideAUnit).isEmpty();
    }

    /** A sender that notes every message it is asked to send while a unit of work is running. */
    private static MessageSender sender(Channel channel, RecordingUnitOfWork unitOfWork, List<OutboxMessage> inside) {
        var sender = mock(MessageSender.class);
        when(sender.channel()).thenReturn(channel);
        doAnswer(call -> {
            if (unitOfWork.running) {
                inside.add(call.getArgument(0));
            }
            return null;
        }).when(sender).send(any());
        return sender;
    }

    /** Runs bodies plainly, knowing while one runs and how many ran. */
    private static final class RecordingUnitOfWork implements UnitOfWork {
        volatile boolean running;
        int units;

        @Override
        public <T> T run(Supplier<T> body) {
            running = true;
            units++;
            try {
                return body.get();
            } finally {
                running = false;
            }
        }
    }
}
