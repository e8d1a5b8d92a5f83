package dev.plara.polar;

import dev.plara.polar.client.PolarClient;
import dev.plara.polar.client.PolarClientConfig;
import dev.plara.polar.client.RetryPolicy;
import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.testing.EmulatorPurchases;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;
import dev.plara.wallet.core.domain.payment.PaymentProduct;
import dev.plara.wallet.core.domain.payment.ProductPrice;
import dev.plara.wallet.core.domain.user.UserId;
import dev.plara.wallet.core.port.out.CheckoutRefused;
import dev.plara.wallet.core.port.out.CheckoutRequest;
import dev.plara.wallet.core.port.out.OpenedCheckout;
import dev.plara.wallet.core.port.out.PaymentProviderException;
import dev.plara.wallet.core.port.out.RefundGateway.ProviderRefundResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the contracts leave to Polar alone: metadata, discount codes, error wording, intervals, credit packs, reasons. */
class PolarGatewaysTest {

    private static PolarEmulator emulator;
    private static PolarClient client;
    private static PolarCheckoutGateway gateway;

    @BeforeAll
    static void start() {
        emulator = PolarEmulator.start(EmulatorConfig.forTests());
        client = new PolarClient(PolarClientConfig.of(emulator.baseUrl(), emulator.accessToken())
                .withRetryPolicy(RetryPolicy.none()));
        gateway = new PolarCheckoutGateway(client, "https://plara.dev/done/{CHECKOUT_ID}", "https://plara.dev/back");
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static String productNamed(String name) {
        return new PolarProductCatalog(client).products().stream().filter(p -> p.name().equals(name))
                .map(PaymentProduct::id).findFirst().orElseThrow();
    }

    @Test
    void aDepositCheckoutCarriesTheUserInMetadataAndTakesNoDiscountCodes() {
        OpenedCheckout opened = (OpenedCheckout) gateway.open(new CheckoutRequest(CheckoutPurpose.WALLET_DEPOSIT,
                emulator.topUpProductId(), UserId.of("alice"), "alice@plara.dev", Money.usd(12_34)));
        PolarCheckout checkout = client.getCheckout(opened.id());
        assertThat(checkout.metadata()).containsEntry("plara_user_id", "alice")
                .containsEntry("plara_purpose", "wallet_deposit");
        assertThat(checkout.allowDiscountCodes()).isFalse();
        assertThat(checkout.successUrl()).isEqualTo("https://plara.dev/done/{CHECKOUT_ID}");
        assertThat(checkout.returnUrl()).isEqualTo("https://plara.dev/back");
    }

    @Test
    void aProductCheckoutTakesDiscountCodesAndSaysItIsAPurchase() {
        OpenedCheckout opened = (OpenedCheckout) gateway.open(new CheckoutRequest(CheckoutPurpose.PRODUCT_PURCHASE,
                productNamed("25 USD credit pack"), UserId.of("bob"), null, null));
        assertThat(client.getCheckout(opened.id()).allowDiscountCodes()).isTrue();
        assertThat(client.getCheckout(opened.id()).metadata()).containsEntry("plara_purpose", "product_purchase");
    }

    @Test
    void aWrongTokenIsAProviderFaultNamingTheStatus() {
        PolarCheckoutGateway wrongToken = new PolarCheckoutGateway(new PolarClient(
                PolarClientConfig.of(emulator.baseUrl(), "polar_oat_wrong")), "https://plara.dev/done", null);
        assertThatThrownBy(() -> wrongToken.status(UUID.randomUUID().toString()))
                .isInstanceOf(PaymentProviderException.class).hasMessageContaining("401");
    }

    @Test
    void anUndeliverableEmailIsRefusedAsTheFieldPolarNamesAndItsMessage() {
        var undeliverable = gateway.open(new CheckoutRequest(CheckoutPurpose.PRODUCT_PURCHASE,
                productNamed("Monthly Plan"), UserId.guest("zoe@example.org"), "zoe@example.org", null));

        assertThat(undeliverable).isInstanceOfSatisfying(CheckoutRefused.class,
                refused -> assertThat(refused.reason()).startsWith("Polar refused the checkout: customer_email: "));
    }

    @Test
    void aRecurringProductIsListedWithItsInterval() {
        PaymentProduct plan = new PolarProductCatalog(client).products().stream()
                .filter(p -> p.name().equals("Monthly Plan")).findFirst().orElseThrow();
        assertThat(plan.isRecurring()).isTrue();
        assertThat(plan.prices()).containsExactly(ProductPrice.fixed(Money.usd(9_00)));
    }

    @Test
    void creditPacksAreKnownByTheirProductMetadata() {
        var products = new PolarProductCatalog(client).products();

        assertThat(products).filteredOn(PaymentProduct::creditPack).extracting(PaymentProduct::name)
                .containsExactlyInAnyOrder("10 USD credit pack", "25 USD credit pack");
        assertThat(products).filteredOn(product -> product.name().equals("Monthly Plan"))
                .allMatch(product -> !product.creditPack());
    }

    @Test
    void aFreeTextReasonIsSentAsOtherAndPolarsRefusalKeepsItsErrorType() {
        String orderId = new EmulatorPurchases(emulator, client).paidDeposit("carol", Money.usd(10_00)).id();
        PolarRefundGateway refunds = new PolarRefundGateway(client);

        assertThat(refunds.request(orderId, Money.usd(10_00), "customer asked twice"))
                .isInstanceOf(ProviderRefundResult.Accepted.class);
        assertThat(client.listRefunds(orderId)).singleElement().satisfies(r -> assertThat(r.reason()).isEqualTo("other"));
        assertThat(refunds.request(orderId, Money.usd(1), "duplicate")).isInstanceOf(ProviderRefundResult.Refused.class);
    }

    @Test
    void polarsRefusalsNameTheAmountInMajorUnitsWithItsCurrency() {
        String orderId = new EmulatorPurchases(emulator, client).paidDeposit("carol", Money.usd(10_00)).id();
        PolarRefundGateway refunds = new PolarRefundGateway(client);

        var tooMuch = refunds.request(orderId, Money.usd(10_01), "customer_request");
        refunds.request(orderId, Money.usd(10_00), "customer_request");
        var again = refunds.request(orderId, Money.usd(1), "duplicate");
        var unknown = refunds.request("0b0b7a9e-1111-4222-8333-444455556666", Money.usd(1_00), "duplicate");

        assertThat(tooMuch).isEqualTo(new ProviderRefundResult.Refused("Polar refused to refund 10.01 USD of order "
                + orderId + ": that is more than is left to refund of it."));
        assertThat(again).isEqualTo(new ProviderRefundResult.Refused("Polar refused to refund 0.01 USD of order "
                + orderId + ": it is refunded in full already."));
        assertThat(unknown).isEqualTo(new ProviderRefundResult.Refused("Polar refused to refund 1.00 USD of order"
                + " 0b0b7a9e-1111-4222-8333-444455556666: Polar has no paid order with this id."));
    }
}
