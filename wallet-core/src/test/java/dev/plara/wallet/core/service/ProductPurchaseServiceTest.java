package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.port.in.CheckoutResult;
import dev.plara.wallet.core.port.in.StartProductCheckoutUseCase.StartProductCheckout;
import dev.plara.wallet.core.port.out.PaymentProviderException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductPurchaseServiceTest {

    private final CoreHarness h = CoreHarness.usd();
    private final UserProfile alice = new UserProfile(UserId.of("alice"), "alice@example.org", "Alice");

    private CheckoutResult start(String product, String email, UserProfile signedIn) {
        return h.core.startProductCheckout().start(new StartProductCheckout(product, email, signedIn));
    }

    @Test
    void aGuestBuysWithAnEmailAndTheCheckoutBelongsToTheGuestOfThatEmail() {
        var result = start(FakePaymentProvider.EBOOK, " Zoe@Example.org ", null);

        assertThat(result).isInstanceOfSatisfying(CheckoutResult.Opened.class, opened -> {
            assertThat(opened.checkout().user()).isEqualTo(UserId.guest("zoe@example.org"));
            assertThat(opened.checkout().purpose()).isEqualTo(CheckoutPurpose.PRODUCT_PURCHASE);
            assertThat(opened.checkout().amount()).isEqualTo(Money.usd(19_00));
        });
        assertThat(h.provider.checkouts.get(0).email()).isEqualTo("zoe@example.org");
    }

    @Test
    void aSignedInBuyerNeedsNoEmailOfTheirOwn() {
        var result = start(FakePaymentProvider.MONTHLY, null, alice);

        assertThat(result).isInstanceOfSatisfying(CheckoutResult.Opened.class,
                opened -> assertThat(opened.checkout().user()).isEqualTo(alice.id()));
    }

    @Test
    void refusalsSayWhyAndOpenNothing() {
        assertThat(start("prod_nope", "zoe@example.org", null)).isEqualTo(new CheckoutResult.UnknownProduct("prod_nope"));
        assertThat(start(FakePaymentProvider.TOP_UP, "zoe@example.org", alice))
                .isEqualTo(new CheckoutResult.UnknownProduct(FakePaymentProvider.TOP_UP));
        assertThat(start(FakePaymentProvider.EBOOK, "not-an-email", null))
                .isEqualTo(new CheckoutResult.InvalidEmail("not-an-email"));
        assertThat(start(FakePaymentProvider.EBOOK, null, null)).isEqualTo(new CheckoutResult.InvalidEmail(null));
        assertThat(start(FakePaymentProvider.PACK_10, "zoe@example.org", null))
                .isEqualTo(new CheckoutResult.SignInRequired(FakePaymentProvider.PACK_10));
        assertThat(h.provider.checkouts).isEmpty();
    }

    @Test
    void aCreditPackIsSoldAsAWalletDeposit() {
        var result = (CheckoutResult.Opened) start(FakePaymentProvider.PACK_10, null, alice);

        assertThat(result.checkout().purpose()).isEqualTo(CheckoutPurpose.WALLET_DEPOSIT);
        assertThat(h.provider.checkouts.get(0).purpose()).isEqualTo(CheckoutPurpose.WALLET_DEPOSIT);
    }

    @Test
    void aCheckoutThePaymentProviderRefusesSaysWhyAndRecordsNothing() {
        h.provider.refuseCheckouts("customer_email: the domain plara.invalid does not accept email");

        var result = start(FakePaymentProvider.EBOOK, "zoe@plara.invalid", null);

        assertThat(result).isEqualTo(new CheckoutResult.ProviderRefused(
                "customer_email: the domain plara.invalid does not accept email"));
        assertThat(h.provider.checkouts).isEmpty();
    }

    @Test
    void aProviderOutageIsAFaultNotARefusal() {
        h.provider.down(true);

        assertThatThrownBy(() -> start(FakePaymentProvider.EBOOK, "zoe@example.org", null))
                .isInstanceOf(PaymentProviderException.class);
    }
}
