package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.access.GrantStatus;
import dev.plara.wallet.core.domain.access.ItemId;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.Entries;
import dev.plara.wallet.core.fixtures.FakeCustomers;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.fixtures.SequentialIds;
import dev.plara.wallet.core.fixtures.TestClock;
import dev.plara.wallet.core.memory.InMemoryCheckoutStore;
import dev.plara.wallet.core.memory.InMemoryCatalogStore;
import dev.plara.wallet.core.memory.InMemoryCheckoutClaims;
import dev.plara.wallet.core.memory.InMemoryGrantStore;
import dev.plara.wallet.core.memory.InMemoryLedgerStore;
import dev.plara.wallet.core.memory.InMemoryProductOrderStore;
import dev.plara.wallet.core.memory.InMemorySyncedCustomerStore;
import dev.plara.wallet.core.memory.InMemoryUserStore;
import dev.plara.wallet.core.port.in.CheckoutResult;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RefundRequestResult;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RequestRefund;
import dev.plara.wallet.core.port.in.StartProductCheckoutUseCase.StartProductCheckout;
import dev.plara.wallet.core.port.out.CheckoutGateway;
import dev.plara.wallet.core.port.out.OpenedCheckout;
import dev.plara.wallet.core.port.out.Overdraft;
import dev.plara.wallet.core.port.out.RefundGateway.ProviderRefundResult;
import dev.plara.wallet.core.port.out.RefundGateway;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * What must never reach the outside, checked on the outbound port itself: a refund Plara refuses never reaches the
 * refund gateway, and a product the buyer already has never opens a checkout ({@link MessagesAfterCommitTest}: no
 * message leaves while a unit of work runs).
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
}
