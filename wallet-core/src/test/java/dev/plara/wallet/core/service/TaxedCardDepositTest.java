package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.ledger.CardDepositFacts;
import dev.plara.wallet.core.domain.ledger.IdempotencyKey;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.ChargedAmounts;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaidDeposit;
import dev.plara.wallet.core.domain.payment.UnmatchedReason;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.domain.user.UserProfile;
import dev.plara.wallet.core.fixtures.CoreHarness;
import dev.plara.wallet.core.port.in.CheckoutResult;
import dev.plara.wallet.core.port.in.ConfirmCardPaymentUseCase.CardPaymentResult;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RefundRequestResult;
import dev.plara.wallet.core.port.in.RequestRefundUseCase.RequestRefund;
import dev.plara.wallet.core.port.in.StartCardDepositUseCase.StartCardDeposit;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A card deposit credits the price the buyer chose whether the tax was inside it or on top, keeps Polar's net, tax and
 * total, and a refund takes back exactly what the deposit put in.
 */
class TaxedCardDepositTest {

    private static final ChargedAmounts TAX_INSIDE = new ChargedAmounts(Money.usd(8_33), Money.usd(1_67),
            Money.usd(10_00));
    private static final ChargedAmounts TAX_ON_TOP = new ChargedAmounts(Money.usd(10_00), Money.usd(2_00),
            Money.usd(12_00));

    private final CoreHarness h = CoreHarness.usd();
    private final UserProfile alice = new UserProfile(UserId.of("alice"), "alice@example.org", "Alice");

    private CardPaymentResult pay(String orderId, String checkoutId, Money price, ChargedAmounts charged) {
        return h.core.confirmCardPayment().confirm(new PaidDeposit(orderId, checkoutId, "alice", "alice@example.org",
                price, charged, h.clock.tick()));
    }

    private String openTopUp(Money amount) {
        var opened = h.core.startCardDeposit().start(new StartCardDeposit(alice, amount));
        return ((CheckoutResult.Opened) opened).checkout().checkoutId();
    }

    @Test
    void theChosenPriceIsCreditedWithTheTaxInsideItOrOnTopAndPolarsAmountsAreKept() {
        var inside = pay("order_in", openTopUp(Money.usd(10_00)), Money.usd(10_00), TAX_INSIDE);
        var onTop = pay("order_top", openTopUp(Money.usd(10_00)), Money.usd(10_00), TAX_ON_TOP);

        assertThat(inside).isInstanceOf(CardPaymentResult.Credited.class);
        assertThat(onTop).isInstanceOf(CardPaymentResult.Credited.class);
        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(20_00));
        var facts = (CardDepositFacts) h.stores.ledger().find(IdempotencyKey.polarOrder("order_in")).orElseThrow()
                .entry().facts();
        assertThat(facts.charged()).isEqualTo(TAX_INSIDE);
    }

    @Test
    void anOrderWhosePriceIsNotWhatItsCheckoutAskedForIsParkedNotCredited() {
        var checkout = openTopUp(Money.usd(25_00));

        var result = pay("order_1", checkout, Money.usd(10_00), TAX_INSIDE);

        assertThat(result).isInstanceOfSatisfying(CardPaymentResult.Parked.class, parked -> {
            assertThat(parked.payment().reason()).isEqualTo(UnmatchedReason.AMOUNT_MISMATCH);
            assertThat(parked.payment().detail()).contains("10.00 USD", "25.00 USD", checkout);
            assertThat(parked.payment().charged()).isEqualTo(TAX_INSIDE);
        });
        assertThat(h.stores.ledger().balances(alice.id())).isEmpty();
    }

    @Test
    void aRefundOfADepositThatHeldItsTaxTakesBackTheAmountAndItsTax() {
        pay("order_in", null, Money.usd(10_00), TAX_INSIDE);
        pay("order_top", null, Money.usd(10_00), TAX_ON_TOP);

        h.core.applyRefund().apply(new CompletedRefund("refund_in", "order_in", Money.usd(8_33), Money.usd(1_67),
                h.clock.tick()));
        h.core.applyRefund().apply(new CompletedRefund("refund_top", "order_top", Money.usd(10_00), Money.usd(2_00),
                h.clock.tick()));

        assertThat(h.balanceOf("alice")).isEqualTo(Money.usd(0));
    }

    @Test
    void anAdminRefundAsksAtMostPolarsNetOfTheOrder() {
        pay("order_in", null, Money.usd(10_00), TAX_INSIDE);

        var tooMuch = h.core.requestRefund().request(new RequestRefund("order_in", Money.usd(10_00), "asked", "ops"));

        assertThat(tooMuch).isEqualTo(new RefundRequestResult.Refused("At most 8.33 USD of order"
                + " order_in can be refunded, not 10.00 USD: it paid 8.33 USD and 0.00 USD of it was refunded already."));
        assertThat(h.provider.refunds.requests).isEmpty();
    }
}
