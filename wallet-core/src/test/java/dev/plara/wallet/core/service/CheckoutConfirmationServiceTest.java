package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.fixtures.FakePaymentProvider;
import dev.plara.wallet.core.port.in.CheckoutResult;
import dev.plara.wallet.core.port.in.StartCardDepositUseCase.StartCardDeposit;
import dev.plara.wallet.core.port.in.StartProductCheckoutUseCase.StartProductCheckout;
import dev.plara.wallet.core.port.in.TrackCheckoutUseCase.Stage;
import dev.plara.wallet.core.port.out.ProviderCheckoutStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 14: a paid checkout whose webhook is late is applied from the provider's order, once, with the same key. */
class CheckoutConfirmationServiceTest {

    private final CoreHarness h = CoreHarness.usd();
    private final UserProfile alice = new UserProfile(UserId.of("alice"), "alice@example.org", "Alice");

    @Test
    void aPaidDepositIsCreditedFromTheProvidersOrderOnceAndItsLateWebhookChangesNothing() {
        var id = ((CheckoutResult.Opened) h.core.startCardDeposit().start(new StartCardDeposit(alice, Money.usd(10_00))))
                .checkout().checkoutId();
        assertThat(h.core.confirmCheckout().confirm(id).orElseThrow().stage()).as("not paid yet").isEqualTo(Stage.OPEN);
        var paid = PaidDeposit.untaxed("order_1", id, "alice", "alice@example.org", Money.usd(10_00), h.clock.tick());
        h.provider.history.recordPaid(new PaymentEvent.DepositPaid(paid), paid.paidAt());
        h.provider.statuses.put(id, ProviderCheckoutStatus.SUCCEEDED);

        var confirmed = h.core.confirmCheckout().confirm(id).orElseThrow();
        var again = h.core.confirmCheckout().confirm(id).orElseThrow();
        var webhook = h.core.confirmCardPayment().confirm(paid);

        assertThat(confirmed.stage()).isEqualTo(Stage.CREDITED);
        assertThat(again.credit()).isEqualTo(confirmed.credit());
        assertThat(webhook.<String>match(credited -> "credited", repeat -> "already", parked -> "parked"))
                .isEqualTo("already");
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(10_00));
        assertThat(h.core.confirmCheckout().confirm("chk_unknown")).isEmpty();
    }

    @Test
    void aPaidDirectPurchaseIsFulfilled() {
        var id = ((CheckoutResult.Opened) h.core.startProductCheckout().start(
                new StartProductCheckout(FakePaymentProvider.EBOOK, null, alice))).checkout().checkoutId();
        h.provider.history.recordPaid(new PaymentEvent.ProductPaid(new PaidProductOrder("order_2", id, "alice",
                "alice@example.org", FakePaymentProvider.EBOOK, "The Ebook", Money.usd(19_00), null, h.clock.tick())),
                h.clock.instant());
        h.provider.statuses.put(id, ProviderCheckoutStatus.SUCCEEDED);

        assertThat(h.core.confirmCheckout().confirm(id).orElseThrow().stage()).isEqualTo(Stage.FULFILLED);
        assertThat(h.holdsProduct(alice.id(), FakePaymentProvider.EBOOK)).isTrue();
    }
}
