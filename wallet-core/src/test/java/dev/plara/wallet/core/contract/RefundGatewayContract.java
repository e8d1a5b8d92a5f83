package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.port.out.PaymentProviderException;
import dev.plara.wallet.core.port.out.RefundGateway.ProviderRefundResult;
import dev.plara.wallet.core.port.out.RefundGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link RefundGateway} contract, run against the fake provider and against Polar (its emulator, over HTTP). */
public abstract class RefundGatewayContract {

    private RefundGateway refunds;

    protected abstract RefundGateway newRefundGateway();

    /** A gateway whose provider cannot be reached. */
    protected abstract RefundGateway unreachableRefundGateway();

    /** Has a customer buy and pay an order of {@code amount} at the provider; returns its order id. */
    protected abstract String aPaidOrder(Money amount);

    @BeforeEach
    void createGateway() {
        refunds = newRefundGateway();
    }

    @Test
    void refundsOfAPaidOrderAreAcceptedUpToWhatWasPaidEachWithTheProvidersId() {
        var order = aPaidOrder(Money.usd(10_00));

        var first = refunds.request(order, Money.usd(4_00), "customer_request");
        var second = refunds.request(order, Money.usd(6_00), "the customer asked twice");

        assertThat(first).isInstanceOf(ProviderRefundResult.Accepted.class);
        assertThat(second).isInstanceOf(ProviderRefundResult.Accepted.class);
        assertThat(((ProviderRefundResult.Accepted) first).refundId()).isNotBlank()
                .isNotEqualTo(((ProviderRefundResult.Accepted) second).refundId());
    }

    @Test
    void moreThanIsLeftOrAnOrderTheProviderNeverSoldIsRefusedInItsOwnWords() {
        var order = aPaidOrder(Money.usd(10_00));

        var tooMuch = refunds.request(order, Money.usd(10_01), "customer_request");
        refunds.request(order, Money.usd(10_00), "customer_request");
        var nothingLeft = refunds.request(order, Money.usd(1), "duplicate");
        var neverSold = refunds.request(UUID.randomUUID().toString(), Money.usd(1_00), "duplicate");

        for (var refusal : new ProviderRefundResult[] {tooMuch, nothingLeft, neverSold}) {
            assertThat(refusal).isInstanceOfSatisfying(ProviderRefundResult.Refused.class,
                    refused -> assertThat(refused.reason()).isNotBlank());
        }
    }

    @Test
    void anUnreachableProviderIsAFaultNotARefusal() {
        var unreachable = unreachableRefundGateway();

        assertThatThrownBy(() -> unreachable.request(UUID.randomUUID().toString(), Money.usd(1_00), "duplicate"))
                .isInstanceOf(PaymentProviderException.class);
    }
}
