package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.CheckoutGateway;
import dev.plara.wallet.core.port.out.CheckoutOpenResult;
import dev.plara.wallet.core.port.out.CheckoutRefused;
import dev.plara.wallet.core.port.out.CheckoutRequest;
import dev.plara.wallet.core.port.out.OpenedCheckout;
import dev.plara.wallet.core.port.out.PaymentProviderException;
import dev.plara.wallet.core.port.out.ProviderCheckoutStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link CheckoutGateway} contract, run against the fake provider and against Polar (its emulator, over HTTP). */
public abstract class CheckoutGatewayContract {

    private CheckoutGateway gateway;

    /** A gateway to a provider that sells {@link #sold()}. */
    protected abstract CheckoutGateway newGateway();

    /** A gateway whose provider cannot be reached. */
    protected abstract CheckoutGateway unreachableGateway();

    protected abstract SoldProducts sold();

    /** Plays the buyer: pays the checkout on the provider's hosted page with a card that succeeds. */
    protected abstract void pay(OpenedCheckout checkout);

    /** The user the provider keeps on the checkout, read from the provider itself rather than through the port. */
    protected abstract String userKeptOn(String checkoutId);

    @BeforeEach
    void createGateway() {
        gateway = newGateway();
    }

    private CheckoutOpenResult ask(CheckoutPurpose purpose, String product, String user, Money amount) {
        return gateway.open(new CheckoutRequest(purpose, product, UserId.of(user), null, amount));
    }

    private OpenedCheckout open(CheckoutPurpose purpose, String product, String user, Money amount) {
        var outcome = ask(purpose, product, user, amount);
        assertThat(outcome).isInstanceOf(OpenedCheckout.class);
        return (OpenedCheckout) outcome;
    }

    @Test
    void aDepositCheckoutChargesTheChosenAmountAndCarriesTheUser() {
        var opened = open(CheckoutPurpose.WALLET_DEPOSIT, sold().topUp(), "alice", Money.usd(12_34));

        assertThat(opened.amount()).isEqualTo(Money.usd(12_34));
        assertThat(opened.url()).startsWith("http");
        assertThat(userKeptOn(opened.id())).isEqualTo("alice");
        assertThat(gateway.status(opened.id())).contains(ProviderCheckoutStatus.OPEN);
    }

    @Test
    void aProductCheckoutChargesTheProductsPriceAndEachOpenIsANewCheckout() {
        var first = open(CheckoutPurpose.PRODUCT_PURCHASE, sold().fixedPrice(), "bob", null);
        var second = open(CheckoutPurpose.PRODUCT_PURCHASE, sold().fixedPrice(), "bob", null);

        assertThat(first.amount()).isEqualTo(sold().fixedPriceAmount());
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(userKeptOn(second.id())).isEqualTo("bob");
    }

    @Test
    void aPaidCheckoutReadsBackSucceededAndOneTheProviderDoesNotKnowIsEmpty() {
        var opened = open(CheckoutPurpose.WALLET_DEPOSIT, sold().topUp(), "carol", Money.usd(10_00));

        pay(opened);

        assertThat(gateway.status(opened.id())).contains(ProviderCheckoutStatus.SUCCEEDED);
        assertThat(gateway.status(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void whatTheProviderDoesNotSellIsARefusalInItsOwnWords() {
        var belowMinimum = ask(CheckoutPurpose.WALLET_DEPOSIT, sold().topUp(), "alice", Money.usd(99));
        var aboveMaximum = ask(CheckoutPurpose.WALLET_DEPOSIT, sold().topUp(), "alice", Money.usd(1_000_01));
        var unknownProduct = ask(CheckoutPurpose.PRODUCT_PURCHASE, UUID.randomUUID().toString(), "alice", null);

        for (var amountRefused : new CheckoutOpenResult[] {belowMinimum, aboveMaximum}) {
            assertThat(amountRefused).isInstanceOfSatisfying(CheckoutRefused.class,
                    refused -> assertThat(refused.reason()).contains("amount"));
        }
        assertThat(unknownProduct).isInstanceOfSatisfying(CheckoutRefused.class,
                refused -> assertThat(refused.reason()).containsIgnoringCase("product"));
    }

    @Test
    void anUnreachableProviderIsAFaultNotARefusal() {
        var unreachable = unreachableGateway();
        var request = new CheckoutRequest(CheckoutPurpose.WALLET_DEPOSIT, sold().topUp(), UserId.of("alice"), null,
                Money.usd(10_00));

        assertThatThrownBy(() -> unreachable.open(request)).isInstanceOf(PaymentProviderException.class);
        assertThatThrownBy(() -> unreachable.status(UUID.randomUUID().toString()))
                .isInstanceOf(PaymentProviderException.class);
    }
}
