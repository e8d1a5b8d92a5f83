package dev.plara.polar.client;

import dev.plara.polar.emulator.EmulatorConfig;
import dev.plara.polar.emulator.service.TaxSetting;
import dev.plara.polar.model.PolarCheckout;
import dev.plara.polar.model.PolarOrder;
import dev.plara.polar.model.PolarRefund;
import dev.plara.polar.testing.EmulatorWorld;
import dev.plara.polar.testing.HostedCheckout;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tax as Polar's order amounts compute it: {@code net = subtotal - (tax if inclusive)}, {@code total = net + tax};
 * refunds count net of tax and return the tax pro rata, the rest of it with the last part.
 */
class TaxAgainstEmulatorTest {

    private static final TaxSetting TWENTY_PERCENT_ON_TOP = new TaxSetting(new BigDecimal("0.20"), "exclusive");

    private static PolarOrder topUp(EmulatorWorld world, long amount) throws Exception {
        PolarCheckout checkout = world.client().createCheckout(new CheckoutCreate(
                List.of(world.emulator().topUpProductId()), amount, "usd", "alice@plara.dev", "alice", null, null,
                null, null));
        new HostedCheckout().pay(checkout.url(), "4242424242424242", null);
        return world.client().listOrders(OrderQuery.all().withCheckoutId(checkout.id())).get(0);
    }

    @Test
    void exclusiveTaxComesOnTopOfTheChosenAmount() throws Exception {
        try (EmulatorWorld world = new EmulatorWorld(EmulatorConfig.forTests().withTax(TWENTY_PERCENT_ON_TOP))) {
            PolarCheckout checkout = world.client().createCheckout(new CheckoutCreate(
                    List.of(world.emulator().topUpProductId()), 10_00L, "usd", null, "bob", null, null, null, null));
            assertThat(List.of(checkout.amount(), checkout.netAmount(), checkout.taxAmount(), checkout.totalAmount()))
                    .containsExactly(10_00L, 10_00L, 2_00L, 12_00L);
            assertThat(checkout.taxBehavior()).isEqualTo("exclusive");
            HttpResponse<String> page = new HostedCheckout().open(checkout.url());
            assertThat(page.body()).contains("12.00 USD", "Includes 2.00 USD tax (exclusive)");

            PolarOrder order = topUp(world, 10_00);

            assertThat(List.of(order.subtotalAmount(), order.netAmount(), order.taxAmount(), order.totalAmount()))
                    .containsExactly(10_00L, 10_00L, 2_00L, 12_00L);
            assertThat(List.of(order.refundableAmount(), order.refundableTaxAmount())).containsExactly(10_00L, 2_00L);
        }
    }

    @Test
    void inclusiveTaxIsPartOfTheChosenAmountAndRefundsReturnItProRata() throws Exception {
        try (EmulatorWorld world = EmulatorWorld.start()) {
            world.emulator().controls().setTax(new TaxSetting(new BigDecimal("0.20"), "inclusive"));
            PolarOrder order = topUp(world, 10_00);
            assertThat(List.of(order.subtotalAmount(), order.netAmount(), order.taxAmount(), order.totalAmount()))
                    .containsExactly(10_00L, 8_33L, 1_67L, 10_00L);

            PolarRefund part = world.client().createRefund(new RefundCreate(order.id(), "customer_request", 4_00,
                    null));
            assertThat(part.taxAmount()).as("400 x 167 / 833, rounded").isEqualTo(80);
            PolarOrder halfway = world.client().getOrder(order.id());
            assertThat(List.of(halfway.refundedAmount(), halfway.refundedTaxAmount(), halfway.refundableAmount(),
                    halfway.refundableTaxAmount())).containsExactly(4_00L, 80L, 4_33L, 87L);

            PolarRefund rest = world.client().createRefund(new RefundCreate(order.id(), "customer_request", 4_33,
                    null));
            assertThat(rest.taxAmount()).as("the tax that is left").isEqualTo(87);
            PolarOrder refunded = world.client().getOrder(order.id());
            assertThat(refunded.status()).isEqualTo("refunded");
            assertThat(refunded.refundedAmount() + refunded.refundedTaxAmount()).isEqualTo(refunded.totalAmount());
        }
    }

    @Test
    void aPricesOwnTaxBehaviorWinsOverTheOrganizationsAndRenewalsAreTaxedToo() throws Exception {
        try (EmulatorWorld world = new EmulatorWorld(EmulatorConfig.forTests().withTax(TWENTY_PERCENT_ON_TOP))) {
            String plan = world.client().products().create(new ProductCreate("Inclusive plan", null, "month",
                    List.of(PriceInput.fixed(12_00, "usd").withTaxBehavior("inclusive")), null)).id();
            PolarCheckout checkout = world.client().createCheckout(new CheckoutCreate(List.of(plan), null, null,
                    null, "carol", null, null, null, null));
            assertThat(List.of(checkout.netAmount(), checkout.taxAmount(), checkout.totalAmount()))
                    .containsExactly(10_00L, 2_00L, 12_00L);

            var subscription = world.subscribe("dave", "Inclusive plan");
            world.emulator().controls().subscriptions().renew(subscription.id());
            PolarOrder renewal = world.client().listOrders(OrderQuery.all().withSubscriptionId(subscription.id()))
                    .get(0);
            assertThat(renewal.billingReason()).isEqualTo("subscription_cycle");
            assertThat(List.of(renewal.netAmount(), renewal.taxAmount(), renewal.totalAmount()))
                    .containsExactly(10_00L, 2_00L, 12_00L);
        }
    }

    @Test
    void theTaxSwitchIsReachedOverHttp() throws Exception {
        try (EmulatorWorld world = EmulatorWorld.start()) {
            HttpResponse<String> set = new HostedCheckout().post(world.emulator().baseUrl() + "/_emulator/tax",
                    "{\"rate\":\"0.1\",\"behavior\":\"exclusive\"}");
            assertThat(set.statusCode()).isEqualTo(200);
            assertThat(topUp(world, 20_00).totalAmount()).isEqualTo(22_00);
            assertThat(new HostedCheckout().post(world.emulator().baseUrl() + "/_emulator/tax",
                    "{\"rate\":\"1.5\",\"behavior\":\"exclusive\"}").statusCode()).isEqualTo(400);
        }
    }
}
