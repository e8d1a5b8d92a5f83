package dev.plara.polar.webhook;

import dev.plara.polar.model.PolarCustomer;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarRefund;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.ChargedAmounts;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deposit is worth the price the buyer chose, read from the amounts Polar signs in the order as its order amounts
 * relate them ({@code net = subtotal - discount - tax} when the price holds the tax, {@code total = net + tax}).
 */
class DepositPriceTest {

    private static final Instant CREATED = Instant.parse("2026-05-01T10:00:00Z");
    private static final PolarCustomer ALICE = new PolarCustomer("c1", "alice@plara.dev", null, "alice", CREATED,
            null, null);

    private final PolarEventTranslator translator = new PolarEventTranslator("top-up");

    private PaymentEvent paidDeposit(long subtotal, long discount, long net, long tax, long total) {
        var order = new PolarOrder("o1", CREATED, CREATED, "paid", true, subtotal, discount, net, tax, total, 0,
                "usd", "purchase", "c1", "ch1", "top-up", null, Map.of("plara_purpose", "wallet_deposit"), ALICE,
                null, 0, net, tax, null);
        return translator.translate(new PolarEvent.OrderEvent("order.paid", CREATED, order));
    }

    private static Money usd(long cents) {
        return Money.usd(cents);
    }

    private static void assertCredits(PaymentEvent event, long price, ChargedAmounts charged) {
        assertThat(event).isInstanceOfSatisfying(PaymentEvent.DepositPaid.class, paid -> {
            assertThat(paid.payment().price()).isEqualTo(usd(price));
            assertThat(paid.payment().charged()).isEqualTo(charged);
        });
    }

    @Test
    void withTheTaxInsideThePriceTheTotalIsCredited() {
        assertCredits(paidDeposit(1000, 0, 833, 167, 1000), 1000, new ChargedAmounts(usd(833), usd(167), usd(1000)));
    }

    @Test
    void withTheTaxOnTopTheNetIsCredited() {
        assertCredits(paidDeposit(1000, 0, 1000, 200, 1200), 1000, new ChargedAmounts(usd(1000), usd(200), usd(1200)));
    }

    @Test
    void amountsThatDoNotAddUpAsPolarsDoAreMalformedNotCredited() {
        assertThat(paidDeposit(1000, 0, 950, 100, 1050)).isInstanceOfSatisfying(PaymentEvent.Malformed.class,
                malformed -> assertThat(malformed.why()).contains("o1", "10.00 USD"));
        assertThat(paidDeposit(1000, 0, 1000, 200, 1000)).isInstanceOfSatisfying(PaymentEvent.Malformed.class,
                malformed -> assertThat(malformed.why()).contains("must add up"));
    }

    @Test
    void aRefundCarriesTheTaxPolarReturnedWithIt() {
        var refund = new PolarRefund("r1", CREATED, null, "succeeded", "customer_request", 833, 167, "usd", "o1", null,
                "c1", Map.of());

        assertThat(translator.refund(refund)).isEqualTo(new PaymentEvent.RefundCompleted(
                new CompletedRefund("r1", "o1", usd(833), usd(167), CREATED)));
    }
}
