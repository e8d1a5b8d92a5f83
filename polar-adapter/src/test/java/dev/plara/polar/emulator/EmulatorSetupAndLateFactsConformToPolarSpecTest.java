package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plara.polar.emulator.service.TaxSetting;
import dev.plara.polar.testing.EmulatorWorld;
import dev.plara.polar.testing.HostedCheckout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** The set-up API, taxed amounts, webhook deliveries and disputes validate against Polar's published schemas. */
class EmulatorSetupAndLateFactsConformToPolarSpecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PolarSpec SPEC = new PolarSpec();
    private static EmulatorWorld world;

    @BeforeAll
    static void start() {
        world = EmulatorWorld.start();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    private static JsonNode call(String method, String path, String body) throws Exception {
        return JSON.readTree(world.api(method, path, body).body());
    }

    @Test
    void setUpShapesConform() throws Exception {
        assertThat(SPEC.validate("ListResource_Organization_", call("GET", "/v1/organizations/", null))).isEmpty();
        JsonNode product = call("POST", "/v1/products/", "{\"name\":\"Top-up\",\"prices\":[{\"amount_type\":"
                + "\"custom\",\"price_currency\":\"usd\",\"minimum_amount\":100,\"maximum_amount\":5000,"
                + "\"tax_behavior\":\"inclusive\"}]}");
        assertThat(SPEC.validate("Product", product)).isEmpty();
        assertThat(SPEC.validate("Product", call("PATCH", "/v1/products/" + product.get("id").asText(),
                "{\"prices\":[{\"amount_type\":\"fixed\",\"price_amount\":700}]}"))).isEmpty();
        JsonNode endpoint = call("POST", "/v1/webhooks/endpoints", "{\"url\":\"https://plara.dev/hooks\","
                + "\"format\":\"raw\",\"events\":[\"order.paid\",\"refund.updated\"]}");
        assertThat(SPEC.validate("WebhookEndpoint", endpoint)).isEmpty();
        assertThat(SPEC.validate("ListResource_WebhookEndpoint_", call("GET", "/v1/webhooks/endpoints", null)))
                .isEmpty();
    }

    @Test
    void taxedCheckoutAndOrderConform() throws Exception {
        try (EmulatorWorld taxed = new EmulatorWorld(EmulatorConfig.forTests()
                .withTax(new TaxSetting(new BigDecimal("0.2"), "inclusive")))) {
            String checkout = taxed.api("POST", "/v1/checkouts/", "{\"products\":[\""
                    + taxed.emulator().topUpProductId() + "\"],\"amount\":1000}").body();
            JsonNode opened = JSON.readTree(checkout);
            assertThat(opened.get("tax_behavior").asText()).isEqualTo("inclusive");
            assertThat(SPEC.validate("Checkout", opened)).isEmpty();
            new HostedCheckout().pay(opened.get("url").asText(), "4242424242424242", "tax@plara.dev");
            JsonNode orders = JSON.readTree(taxed.api("GET", "/v1/orders/", null).body());
            assertThat(orders.at("/items/0/tax_amount").asLong()).isEqualTo(167);
            assertThat(SPEC.validate("ListResource_Order_", orders)).isEmpty();
        }
    }

    @Test
    void deliveriesDisputesAndAPreventedDisputesRefundConform() throws Exception {
        try (EmulatorWorld shop = EmulatorWorld.start()) {
            shop.buy("alice", "25 USD credit pack");
            JsonNode deliveries = JSON.readTree(shop.api("GET", "/v1/webhooks/deliveries", null).body());
            assertThat(deliveries.path("items").size()).isPositive();
            assertThat(SPEC.validate("ListResource_WebhookDelivery_", deliveries)).isEmpty();
            String order = JSON.readTree(shop.api("GET", "/v1/orders/", null).body()).at("/items/0/id").asText();
            String dispute = shop.emulator().controls().openDispute(order, null).path("id").asText();
            assertThat(SPEC.validate("Dispute", JSON.readTree(shop.api("GET", "/v1/disputes/" + dispute, null)
                    .body()))).isEmpty();
            shop.emulator().controls().moveDispute(dispute, "prevented");
            assertThat(SPEC.validate("ListResource_Dispute_", JSON.readTree(shop.api("GET", "/v1/disputes/", null)
                    .body()))).isEmpty();
            JsonNode refunds = JSON.readTree(shop.api("GET", "/v1/refunds/", null).body());
            assertThat(refunds.at("/items/0/dispute/status").asText()).isEqualTo("prevented");
            assertThat(SPEC.validate("ListResource_Refund_", refunds)).isEmpty();
        }
    }
}
