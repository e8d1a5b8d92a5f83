package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.user.CustomerDetails;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.port.in.CheckoutResult;
import dev.plara.wallet.core.port.in.StartCardDepositUseCase.StartCardDeposit;
import dev.plara.wallet.core.port.in.StartProductCheckoutUseCase.StartProductCheckout;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Before a signed-in buyer's checkout the provider's customer carries the buyer's current email and name, synced only
 * when they changed; a guest checks out with no customer id at the provider.
 */
class CustomerIdentityTest {

    private final CoreHarness h = CoreHarness.usd();
    private final UserId aliceId = UserId.of("alice");
    private final UserProfile alice = new UserProfile(aliceId, "alice@example.org", "Alice");

    private CheckoutResult topUp(UserProfile user) {
        return h.core.startCardDeposit().start(new StartCardDeposit(user, Money.usd(10_00)));
    }

    @Test
    void aFirstCheckoutMakesTheCustomerAndLaterOnesCostNoCallUntilTheEmailChanges() {
        topUp(alice);
        topUp(alice);
        h.core.startProductCheckout().start(new StartProductCheckout(FakePaymentProvider.EBOOK, null, alice));
        assertThat(h.provider.customers.syncs).containsExactly("alice");

        var renamed = new UserProfile(aliceId, "alice@new.example.org", "Alice L.");
        var opened = topUp(renamed);

        assertThat(opened).isInstanceOf(CheckoutResult.Opened.class);
        assertThat(h.provider.customers.syncs).containsExactly("alice", "alice");
        assertThat(h.provider.customers.of(aliceId)).contains(new CustomerDetails("alice@new.example.org", "Alice L."));
        assertThat(h.provider.checkouts.get(3).email()).isEqualTo("alice@new.example.org");
    }

    @Test
    void aCustomerChangedAtTheProviderBehindPlarasBackIsSyncedAgainAndTheCheckoutOpens() {
        topUp(alice);
        h.provider.customers.changeAtProvider(aliceId, new CustomerDetails("someone@example.org", "Someone"));

        var opened = topUp(alice);

        assertThat(opened).isInstanceOf(CheckoutResult.Opened.class);
        assertThat(h.provider.customers.of(aliceId)).contains(CustomerDetails.of(alice));
    }

    @Test
    void anEmailTheProviderGaveAnotherCustomerRefusesTheCheckoutWithItsReasonAndOpensNone() {
        topUp(new UserProfile(UserId.of("bob"), "bob@example.org", "Bob"));

        var refused = topUp(new UserProfile(aliceId, "bob@example.org", "Alice"));

        assertThat(refused).isEqualTo(new CheckoutResult.ProviderRefused(
                "email: A customer with this email address already exists."));
        assertThat(h.provider.checkouts).hasSize(1);
    }

    @Test
    void aSignedInBuyerChecksOutUnderTheHostPlatformsEmailAndAGuestUnderNoCustomerId() {
        h.core.startProductCheckout().start(new StartProductCheckout(FakePaymentProvider.EBOOK, "other@example.org",
                alice));
        var guest = h.core.startProductCheckout().start(new StartProductCheckout(FakePaymentProvider.EBOOK,
                "Zoe@Example.org", null));

        assertThat(h.provider.checkouts.get(0).email()).isEqualTo("alice@example.org");
        var guestRequest = h.provider.checkouts.get(1);
        assertThat(guestRequest.user()).isNull();
        assertThat(guestRequest.email()).isEqualTo("zoe@example.org");
        assertThat(((CheckoutResult.Opened) guest).checkout().user()).isEqualTo(UserId.guest("zoe@example.org"));
        assertThat(h.provider.customers.syncs).containsExactly("alice");
    }

    @Test
    void aUserWithoutAnEmailChecksOutWithoutACustomerSync() {
        var opened = topUp(new UserProfile(UserId.of("carol"), null, "Carol"));

        assertThat(opened).isInstanceOf(CheckoutResult.Opened.class);
        assertThat(h.provider.customers.syncs).isEmpty();
    }
}
