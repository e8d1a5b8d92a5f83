package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.embedding.PaymentProvider;
import dev.plara.wallet.core.embedding.WalletCore;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.fixtures.LabelTrustingReceiptInspector;
import dev.plara.wallet.core.port.in.CheckoutResult;
import dev.plara.wallet.core.port.in.StartProductCheckoutUseCase.StartProductCheckout;
import dev.plara.wallet.core.port.out.CheckoutGateway;
import dev.plara.wallet.core.port.out.CheckoutOpenResult;
import dev.plara.wallet.core.port.out.CheckoutRequest;
import dev.plara.wallet.core.port.out.PaymentProviderException;
import dev.plara.wallet.core.port.out.ProviderCheckoutStatus;
import dev.plara.wallet.core.fixtures.SequentialIds;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One payable checkout per buyer and product, for as long as the provider keeps it payable. */
class SingleCheckoutTest {

    private final CoreHarness h = CoreHarness.usd();
    private final UserProfile alice = new UserProfile(UserId.of("alice"), "alice@example.org", "Alice");

    private CheckoutResult buy() {
        return h.core.startProductCheckout().start(new StartProductCheckout(FakePaymentProvider.PHOTOS, null, alice));
    }

    private SingleCheckout single() {
        return new SingleCheckout(h.stores.checkoutClaims(), h.stores.checkouts(), h.provider,
                new SequentialIds("holder"), h.clock);
    }

    private static String idOf(CheckoutResult result) {
        assertThat(result).isInstanceOf(CheckoutResult.Opened.class);
        return ((CheckoutResult.Opened) result).checkout().checkoutId();
    }

    @Test
    void aRepeatBuyWhileTheFirstCheckoutIsStillPayableGetsThatCheckoutBack() {
        var first = idOf(buy());

        h.clock.advance(Duration.ofMinutes(31));
        var again = buy();
        h.clock.advance(Duration.ofHours(23));

        assertThat(idOf(again)).isEqualTo(first);
        assertThat(((CheckoutResult.Opened) again).url()).endsWith(first);
        assertThat(idOf(buy())).isEqualTo(first);
        assertThat(h.provider.checkouts).hasSize(1);
    }

    @Test
    void aCheckoutPastItsExpiryOrFailedAtTheProviderIsReplacedByANewOne() {
        var first = idOf(buy());

        h.clock.advance(Duration.ofHours(24).plusSeconds(1));
        var second = idOf(buy());
        h.provider.statuses.put(second, ProviderCheckoutStatus.FAILED);
        var third = idOf(buy());

        assertThat(second).isNotEqualTo(first);
        assertThat(third).isNotEqualTo(second);
        assertThat(h.provider.checkouts).hasSize(3);
    }

    @Test
    void whilePolarCannotBeAskedTheOpenCheckoutIsHandedBackNotReplaced() {
        var first = idOf(buy());
        h.provider.down(true);

        var again = single().open(alice.id(), FakePaymentProvider.PHOTOS, () -> {
            throw new AssertionError("no second checkout is opened");
        });

        assertThat(idOf(again)).isEqualTo(first);
    }

    @Test
    void aProviderFaultWhileOpeningLeavesNothingThatBlocksTheNextBuy() {
        assertThatThrownBy(() -> single().open(alice.id(), FakePaymentProvider.PHOTOS, () -> {
            throw new PaymentProviderException("provider unreachable (test)");
        })).isInstanceOf(PaymentProviderException.class);

        assertThat(idOf(buy())).isNotNull();
    }

    @Test
    void anOpenerThatDiedBeforeItsCheckoutWasRecordedBlocksTheBuyerOnlyBriefly() {
        assertThatThrownBy(() -> single().open(alice.id(), FakePaymentProvider.PHOTOS, () -> {
            throw new StackOverflowError("the opener died");
        })).isInstanceOf(StackOverflowError.class);

        assertThat(buy()).isInstanceOf(CheckoutResult.ProviderRefused.class);
        h.clock.advance(Duration.ofSeconds(31));
        assertThat(idOf(buy())).isNotNull();
    }

    @Test
    void anOpenerSlowerThanItsClaimHandsBackTheCheckoutThatTookOverNeverItsOwn() {
        var second = new AtomicReference<CheckoutResult>();
        var plain = h.provider.asProvider();
        var slowGateway = new CheckoutGateway() {
            @Override
            public CheckoutOpenResult open(CheckoutRequest request) {
                h.clock.advance(SingleCheckout.UNATTACHED.plusSeconds(1));
                second.set(buy());
                return h.provider.open(request);
            }

            @Override
            public Optional<ProviderCheckoutStatus> status(String checkoutId) {
                return h.provider.status(checkoutId);
            }
        };
        var slowCore = new WalletCore(h.stores, new PaymentProvider(slowGateway, plain.customers(), plain.products(),
                plain.refunds(), plain.webhooks(), plain.history(), plain.subscriptions(), plain.deliveries()),
                new LabelTrustingReceiptInspector(), h.settings, h.clock, new SequentialIds("slow"));

        var first = slowCore.startProductCheckout().start(new StartProductCheckout(FakePaymentProvider.PHOTOS, null,
                alice));

        assertThat(h.provider.checkouts).as("the second Buy took over the lapsed claim").hasSize(2);
        assertThat(idOf(first)).as("the buyer is given one payable checkout").isEqualTo(idOf(second.get()));
        assertThat(idOf(buy())).isEqualTo(idOf(second.get()));
    }
}
