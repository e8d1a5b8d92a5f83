package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CompletedRefund;
import dev.plara.wallet.core.domain.payment.PaymentEvent;
import dev.plara.wallet.core.port.out.PaymentHistory;
import dev.plara.wallet.core.port.out.PaymentProviderException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link PaymentHistory} contract, run against the fake provider and against Polar (its emulator, over HTTP). */
public abstract class PaymentHistoryContract {

    private PaymentHistory history;

    /** The history of a provider where nothing was paid yet. */
    protected abstract PaymentHistory newHistory();

    /** A history whose provider cannot be reached. */
    protected abstract PaymentHistory unreachableHistory();

    /** Has {@code user} pay a wallet deposit of {@code amount} at the provider, as a buyer would. */
    protected abstract PaidOrder payDeposit(String user, Money amount);

    /** Has the provider refund {@code amount} of {@code orderId}; returns when it created the refund. */
    protected abstract Instant refund(String orderId, Money amount);

    /** An order the provider was paid for, and when the provider created it. */
    public record PaidOrder(String id, Instant createdAt) {
    }

    @BeforeEach
    void createHistory() {
        history = newHistory();
    }

    @Test
    void paidOrdersFromTheCursorOnAreReadBackAsTheirWebhooksWouldHaveBeen() {
        var first = payDeposit("alice", Money.usd(10_00));
        var second = payDeposit("bob", Money.usd(25_00));
        assertThat(second.createdAt()).as("the provider's clock moved between two payments").isAfter(first.createdAt());

        assertThat(deposits(history.paidOrdersSince(first.createdAt())))
                .containsExactlyInAnyOrder(first.id() + " alice 10.00 USD", second.id() + " bob 25.00 USD");
        assertThat(deposits(history.paidOrdersSince(second.createdAt()))).containsExactly(second.id() + " bob 25.00 USD");
        assertThat(history.paidOrdersSince(second.createdAt().plusSeconds(60))).isEmpty();
    }

    @Test
    void aRefundedOrderIsStillAPaidOrderAndAnUnknownOneIsNot() {
        var order = payDeposit("alice", Money.usd(10_00));
        refund(order.id(), Money.usd(10_00));

        assertThat(deposits(history.paidOrdersSince(order.createdAt()))).containsExactly(order.id() + " alice 10.00 USD");
        assertThat(history.isPaidOrder(order.id())).isTrue();
        assertThat(history.isPaidOrder(UUID.randomUUID().toString())).isFalse();
    }

    @Test
    void succeededRefundsFromTheCursorOnAreReadBack() {
        var order = payDeposit("alice", Money.usd(10_00));
        var first = refund(order.id(), Money.usd(3_00));
        var second = refund(order.id(), Money.usd(2_00));
        assertThat(second).as("the provider's clock moved between two refunds").isAfter(first);

        assertThat(refunds(history.refundsSince(first)))
                .containsExactlyInAnyOrder(order.id() + " 3.00 USD", order.id() + " 2.00 USD");
        assertThat(refunds(history.refundsSince(second))).containsExactly(order.id() + " 2.00 USD");
        assertThat(history.refundsSince(second.plusSeconds(60))).isEmpty();
    }

    @Test
    void oneOrderAndOneRefundAreReadBackByTheirIdsWhateverTheirAge() {
        var order = payDeposit("alice", Money.usd(10_00));
        var refunded = refund(order.id(), Money.usd(3_00));
        var refundId = history.refundsSince(refunded).get(0).refundId();

        assertThat(deposits(history.paidOrder(order.id()).stream().toList()))
                .containsExactly(order.id() + " alice 10.00 USD");
        assertThat(history.paidOrder(UUID.randomUUID().toString())).isEmpty();
        assertThat(history.succeededRefund(refundId).map(refund -> refund.orderId() + " " + refund.amount()))
                .contains(order.id() + " 3.00 USD");
        assertThat(history.succeededRefund(UUID.randomUUID().toString())).isEmpty();
        assertThat(history.unsettledSince(order.createdAt())).as("nothing is pending").isEmpty();
        assertThat(history.disputes()).isEmpty();
    }

    @Test
    void anUnreachableProviderIsAFault() {
        var unreachable = unreachableHistory();
        var since = Instant.parse("2026-01-01T00:00:00Z");

        assertThatThrownBy(() -> unreachable.paidOrdersSince(since)).isInstanceOf(PaymentProviderException.class);
        assertThatThrownBy(() -> unreachable.refundsSince(since)).isInstanceOf(PaymentProviderException.class);
        assertThatThrownBy(() -> unreachable.isPaidOrder(UUID.randomUUID().toString()))
                .isInstanceOf(PaymentProviderException.class);
        assertThatThrownBy(() -> unreachable.unsettledSince(since)).isInstanceOf(PaymentProviderException.class);
        assertThatThrownBy(() -> unreachable.paidOrder(UUID.randomUUID().toString()))
                .isInstanceOf(PaymentProviderException.class);
        assertThatThrownBy(unreachable::disputes).isInstanceOf(PaymentProviderException.class);
    }

    private static List<String> deposits(List<PaymentEvent> events) {
        assertThat(events).allMatch(PaymentEvent.DepositPaid.class::isInstance);
        return events.stream().map(event -> ((PaymentEvent.DepositPaid) event).payment())
                .map(paid -> paid.orderId() + " " + paid.claimedUser() + " " + paid.price()).toList();
    }

    private static List<String> refunds(List<CompletedRefund> refunds) {
        return refunds.stream().map(refund -> refund.orderId() + " " + refund.amount()).toList();
    }
}
