package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
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
import dev.plara.wallet.core.fixtures.Entries;
import dev.plara.wallet.core.fixtures.FakeCustomers;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.fixtures.LabelTrustingReceiptInspector;
import dev.plara.wallet.core.fixtures.SequentialIds;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.memory.InMemoryCheckoutStore;
import dev.plara.wallet.core.memory.InMemoryCatalogStore;
import dev.plara.wallet.core.memory.InMemoryCheckoutClaims;
import dev.plara.wallet.core.memory.InMemoryGrantStore;
import dev.plara.wallet.core.memory.InMemoryLedgerStore;
import dev.plara.wallet.core.memory.InMemoryProductOrderStore;
import dev.plara.wallet.core.memory.InMemoryStores;
import dev.plara.wallet.core.memory.InMemorySyncedCustomerStore;
import dev.plara.wallet.core.memory.InMemoryUserStore;
import dev.plara.wallet.core.port.in.CheckoutResult;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RefundRequestResult;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RequestRefund;
import dev.plara.wallet.core.port.in.StartProductCheckoutUseCase.StartProductCheckout;
import dev.plara.wallet.core.port.out.CheckoutGateway;
import dev.plara.wallet.core.port.out.MessageSender;
import dev.plara.wallet.core.port.out.OpenedCheckout;
import dev.plara.wallet.core.port.out.Overdraft;
import dev.plara.wallet.core.port.out.RefundGateway.ProviderRefundResult;
import dev.plara.wallet.core.port.out.RefundGateway;
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
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * What must never reach the outside, checked on the outbound port itself: a refund Plara refuses never reaches the
 * refund gateway, a product the buyer already has never opens a checkout, and no message leaves for Telegram or mail
 * while a unit of work runs (messages leave from the outbox, after the writes that queued them).
 */
class OutboundCallsTest {

    private final TestClock clock = TestClock.standard();

    @Test
    void aRefundRefusedLocallyNeverReachesTheRefundGateway() {
        var gateway = mock(RefundGateway.class);
        var ledger = new InMemoryLedgerStore();
        ledger.append(Entries.cardCredit("alice", "order_1", Money.usd(10_00), clock.tick()), Overdraft.FORBIDDEN);
        var refunds = new RefundRequestService(ledger, new InMemoryProductOrderStore(), gateway);

        var refused = List.of(
                refunds.request(new RequestRefund("order_1", Money.usd(0), "duplicate", "admin")),
                refunds.request(new RequestRefund("order_1", Money.usd(1_00), " ", "admin")),
                refunds.request(new RequestRefund("order_unknown", Money.usd(1_00), "duplicate", "admin")),
                refunds.request(new RequestRefund("order_1", Money.usd(10_01), "duplicate", "admin")));

        assertThat(refused).allSatisfy(result -> assertThat(result).isInstanceOf(RefundRequestResult.Refused.class));
        verifyNoInteractions(gateway);

        when(gateway.request("order_1", Money.usd(10_00), "duplicate"))
                .thenReturn(new ProviderRefundResult.Accepted("re_1"));
        assertThat(refunds.request(new RequestRefund("order_1", Money.usd(10_00), "duplicate", "admin")))
                .isEqualTo(new RefundRequestResult.Requested("re_1"));
    }

    @Test
    void aProductTheBuyerAlreadyHasNeverOpensACheckout() {
        var gateway = mock(CheckoutGateway.class);
        var grants = new InMemoryGrantStore();
        var identity = new CustomerIdentity(new FakeCustomers(), new InMemorySyncedCustomerStore());
        var checkouts = new CheckoutService(gateway, identity, new FakePaymentProvider(), new InMemoryCheckoutStore(),
                new InMemoryUserStore(), new AccessRules(grants, new InMemoryCatalogStore()),
                new SingleCheckout(new InMemoryCheckoutClaims(), new InMemoryCheckoutStore(), gateway,
                        new SequentialIds("h"), clock), CoreHarness.usd().settings, clock);
        var ebook = ItemId.polarProduct(FakePaymentProvider.EBOOK);
        var alice = new UserProfile(UserId.of("alice"), "alice@example.org", "Alice");
        var alicesOrder = new Grant(alice.id(), Unlocks.item(ebook), GrantSource.polarOrder("order_1"), ebook,
                "The Ebook", GrantStatus.ACTIVE, clock.tick(), null, 1);
        var zoesOrder = new Grant(UserId.guest("zoe@example.org"), Unlocks.item(ebook),
                GrantSource.polarOrder("order_2"), ebook, "The Ebook", GrantStatus.ACTIVE, clock.tick(), null, 1);
        grants.upsertIfNewer(alicesOrder);
        grants.upsertIfNewer(zoesOrder);

        var signedIn = checkouts.start(new StartProductCheckout(FakePaymentProvider.EBOOK, null, alice));
        var guest = checkouts.start(new StartProductCheckout(FakePaymentProvider.EBOOK, "Zoe@example.org", null));

        assertThat(signedIn).isEqualTo(new CheckoutResult.AlreadyOwned(FakePaymentProvider.EBOOK, alicesOrder));
        assertThat(guest).isEqualTo(new CheckoutResult.AlreadyOwned(FakePaymentProvider.EBOOK, zoesOrder));
        verifyNoInteractions(gateway);

        when(gateway.open(any())).thenReturn(new OpenedCheckout("co_1", "https://pay.example/co_1", Money.usd(19_00),
                clock.instant().plusSeconds(86_400)));
        assertThat(checkouts.start(new StartProductCheckout(FakePaymentProvider.EBOOK, "bob@example.org", null)))
                .isInstanceOf(CheckoutResult.Opened.class);
    }

    @Test
    void noMessageLeavesForTelegramOrMailWhileAUnitOfWorkRuns() {
        var unitOfWork = new RecordingUnitOfWork();
        var stores = InMemoryStores.create();
        var core = new WalletCore(new WalletStores(stores.ledger(), stores.refundTallies(), stores.checkouts(), stores.checkoutClaims(), stores.deposits(),
                stores.grants(), stores.legacyEntitlements(), stores.notifications(), stores.catalog(), stores.unmatched(), stores.orders(),
                stores.users(), stores.syncedCustomers(), stores.outbox(), stores.inbox(), stores.receipts(),
                stores.reconciliations(), unitOfWork), new FakePaymentProvider().asProvider(), new LabelTrustingReceiptInspector(),
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
