package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.PaidProductOrder;
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

class CheckoutTrackingServiceTest {

    private final CoreHarness h = CoreHarness.usd();
    private final UserProfile alice = new UserProfile(UserId.of("alice"), "alice@example.org", "Alice");

    private Stage stageOf(String checkoutId) {
        return h.core.trackCheckout().track(checkoutId).orElseThrow().stage();
    }

    @Test
    void aDepositMovesFromOpenToPaidAwaitingConfirmationToCredited() {
        var id = ((CheckoutResult.Opened) h.core.startCardDeposit().start(new StartCardDeposit(alice, Money.usd(10_00))))
                .checkout().checkoutId();
        assertThat(stageOf(id)).isEqualTo(Stage.OPEN);

        h.provider.statuses.put(id, ProviderCheckoutStatus.SUCCEEDED);
        assertThat(stageOf(id)).isEqualTo(Stage.PAID_AWAITING_CONFIRMATION);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(0));

        h.core.confirmCardPayment().confirm(PaidDeposit.untaxed("order_1", id, "alice", null, Money.usd(10_00), h.clock.tick()));
        var progress = h.core.trackCheckout().track(id).orElseThrow();
        assertThat(progress.stage()).isEqualTo(Stage.CREDITED);
        assertThat(progress.credit().balanceAfter()).isEqualTo(Money.usd(10_00));
    }

    @Test
    void aDirectPurchaseEndsFulfilledAndFailedOrExpiredCheckoutsSaySo() {
        var id = ((CheckoutResult.Opened) h.core.startProductCheckout().start(
                new StartProductCheckout(FakePaymentProvider.EBOOK, "zoe@example.org", null))).checkout().checkoutId();
        h.core.fulfilProductOrder().fulfil(new PaidProductOrder("order_2", id, "guest:zoe@example.org", "zoe@example.org",
                FakePaymentProvider.EBOOK, "The Ebook", Money.usd(19_00), null, h.clock.tick()));
        assertThat(h.core.trackCheckout().track(id).orElseThrow().grant().user())
                .isEqualTo(UserId.guest("zoe@example.org"));
        assertThat(stageOf(id)).isEqualTo(Stage.FULFILLED);

        var declined = ((CheckoutResult.Opened) h.core.startCardDeposit().start(new StartCardDeposit(alice, Money.usd(5_00))))
                .checkout().checkoutId();
        h.provider.statuses.put(declined, ProviderCheckoutStatus.FAILED);
        assertThat(stageOf(declined)).isEqualTo(Stage.FAILED);
        h.provider.statuses.put(declined, ProviderCheckoutStatus.EXPIRED);
        assertThat(stageOf(declined)).isEqualTo(Stage.EXPIRED);
        assertThat(h.core.trackCheckout().track("chk_unknown")).isEmpty();
    }
}
