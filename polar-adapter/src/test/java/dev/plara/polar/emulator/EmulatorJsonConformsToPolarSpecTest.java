package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.testing.HostedCheckout;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The emulator's responses validate against the schemas in Polar's published API description. */
class EmulatorJsonConformsToPolarSpecTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PolarSpec SPEC = new PolarSpec();
    private static PolarEmulator emulator;
    private static JsonNode checkout;
    private static JsonNode order;
    private static JsonNode refund;

    @BeforeAll
    static void makeOneOfEach() throws Exception {
        emulator = PolarEmulator.start(EmulatorConfig.forTests());
        checkout = call("POST", "/v1/checkouts/", "{\"products\":[\"" + emulator.topUpProductId() + "\"],"
                + "\"amount\":1500,\"external_customer_id\":\"alice\",\"metadata\":{\"plara_user_id\":\"alice\"},"
                + "\"success_url\":\"https://plara.dev/ok?c={CHECKOUT_ID}\"}");
        new HostedCheckout().pay(checkout.get("url").asText(), "4242424242424242", "alice@plara.dev");
        order = call("GET", "/v1/orders/?checkout_id=" + checkout.get("id").asText(), null).get("items").get(0);
        refund = call("POST", "/v1/refunds/", "{\"order_id\":\"" + order.get("id").asText()
                + "\",\"reason\":\"customer_request\",\"amount\":500}");
        JsonNode plan = call("POST", "/v1/checkouts/", "{\"products\":[\"" + productId("Monthly Plan")
                + "\"],\"external_customer_id\":\"bob\"}");
        new HostedCheckout().pay(plan.get("url").asText(), "4242424242424242", "bob@plara.dev");
    }

    private static String productId(String name) throws Exception {
        for (JsonNode product : call("GET", "/v1/products/?limit=100", null).get("items")) {
            if (product.get("name").asText().equals(name)) {
                return product.get("id").asText();
            }
        }
        throw new AssertionError("no product " + name);
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static JsonNode call(String method, String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
                .header("Authorization", "Bearer " + emulator.accessToken())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return JSON.readTree(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    @Test
    void checkoutConforms() {
        assertThat(SPEC.validate("Checkout", checkout)).isEmpty();
    }

    @Test
    void productListConforms() throws Exception {
        assertThat(SPEC.validate("ListResource_Product_", call("GET", "/v1/products/", null))).isEmpty();
    }

    @Test
    void orderAndOrderListConform() throws Exception {
        assertThat(SPEC.validate("Order", order)).isEmpty();
        assertThat(SPEC.validate("ListResource_Order_", call("GET", "/v1/orders/", null))).isEmpty();
    }

    @Test
    void refundAndRefundListConform() throws Exception {
        assertThat(SPEC.validate("Refund", refund)).isEmpty();
        assertThat(SPEC.validate("ListResource_Refund_", call("GET", "/v1/refunds/", null))).isEmpty();
    }

    @Test
    void subscriptionAndSubscriptionListConform() throws Exception {
        JsonNode list = call("GET", "/v1/subscriptions/?external_customer_id=bob", null);
        assertThat(SPEC.validate("ListResource_Subscription_", list)).isEmpty();
        JsonNode subscription = call("GET", "/v1/subscriptions/" + list.get("items").get(0).get("id").asText(), null);
        assertThat(SPEC.validate("Subscription", subscription)).isEmpty();
        JsonNode changed = call("PATCH", "/v1/subscriptions/" + subscription.get("id").asText(),
                "{\"product_id\":\"" + productId("Monthly Plan \u2013 everything") + "\",\"proration_behavior\":"
                        + "\"next_period\"}");
        assertThat(changed.get("pending_update").isObject()).isTrue();
        assertThat(SPEC.validate("Subscription", changed)).isEmpty();
    }

    @Test
    void customerConforms() throws Exception {
        JsonNode made = call("POST", "/v1/customers/", "{\"email\":\"grace@plara.dev\",\"external_id\":\"grace\","
                + "\"name\":\"Grace\",\"metadata\":{\"tier\":2}}");
        assertThat(SPEC.validate("Customer", made)).isEmpty();
        assertThat(SPEC.validate("Customer", call("GET", "/v1/customers/external/grace", null))).isEmpty();
        assertThat(SPEC.validate("Customer", call("PATCH", "/v1/customers/external/grace",
                "{\"name\":\"Grace H.\"}"))).isEmpty();
        JsonNode mismatch = call("POST", "/v1/checkouts/", "{\"products\":[\"" + emulator.topUpProductId()
                + "\"],\"external_customer_id\":\"grace\",\"customer_email\":\"other@plara.dev\"}");
        assertThat(mismatch.get("error").asText()).isEqualTo("CheckoutCustomerExternalIdMismatch");
        assertThat(mismatch.get("detail").isTextual()).isTrue();
    }

    @Test
    void customerSessionConforms() throws Exception {
        JsonNode session = call("POST", "/v1/customer-sessions/", "{\"external_customer_id\":\"alice\","
                + "\"return_url\":\"https://plara.dev/back\"}");
        assertThat(SPEC.validate("CustomerSession", session)).isEmpty();
    }

    @Test
    void errorBodiesConform() throws Exception {
        JsonNode notFound = call("GET", "/v1/orders/" + java.util.UUID.randomUUID(), null);
        assertThat(SPEC.validate("ResourceNotFound", notFound)).isEmpty();
        JsonNode invalid = call("POST", "/v1/checkouts/", "{\"products\":[]}");
        assertThat(SPEC.validate("HTTPValidationError", invalid)).isEmpty();
        assertThat(invalid.get("error").asText()).isEqualTo("RequestValidationError");
    }

    @Test
    void theCheckCanFail() {
        ObjectNode missingField = order.deepCopy();
        missingField.remove("net_amount");
        assertThat(SPEC.validate("Order", missingField)).isNotEmpty()
                .anySatisfy(error -> assertThat(error.getMessage()).contains("net_amount"));
        ObjectNode mistyped = checkout.deepCopy();
        mistyped.put("amount", "fifteen dollars");
        assertThat(SPEC.validate("Checkout", mistyped)).isNotEmpty()
                .anySatisfy(error -> assertThat(error.getInstanceLocation().toString()).contains("amount"));
        ObjectNode badEnum = refund.deepCopy();
        badEnum.put("status", "done");
        assertThat(SPEC.validate("Refund", badEnum)).isNotEmpty();
    }
}
