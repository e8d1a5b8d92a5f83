package dev.plara.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.plara.polar.emulator.PolarEmulator;
import dev.plara.polar.model.Metadata;
import dev.plara.wallet.core.domain.payment.CheckoutPurpose;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Works the Polar emulator over its HTTP API as a merchant and its hosted page as a buyer: opens wallet top-up
 * checkouts, pays them with the test card, reads orders and refunds back in Polar's JSON, and refunds orders.
 */
final class PolarShop {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PolarEmulator emulator;
    private final HttpCalls api;

    PolarShop(PolarEmulator emulator) {
        this.emulator = emulator;
        this.api = new HttpCalls(URI.create(emulator.baseUrl()));
    }

    /** Opens a top-up checkout of {@code amount} minor USD for {@code user}, as Plara's gateway would, and pays it. */
    JsonNode buyTopUp(String user, long amount) {
        var metadata = Map.of(Metadata.USER_ID, user, Metadata.PURPOSE, CheckoutPurpose.WALLET_DEPOSIT.wireName());
        var body = Map.of("products", new String[] {emulator.topUpProductId()}, "amount", amount, "currency", "usd",
                "customer_email", user + "@plara.dev", "external_customer_id", user, "metadata", metadata,
                "allow_discount_codes", false);
        var checkout = api.postJson("/v1/checkouts/", emulator.accessToken(), write(body));
        assertThat(checkout.status()).as("checkout: %s", checkout).isEqualTo(201);
        payOnHostedPage(checkout.json().path("url").asText());
        return paidOrderOf(checkout.json().path("id").asText());
    }

    /**
     * Opens a checkout of {@code productId} for {@code user} straight at Polar, as Plara's gateway would but outside its
     * one checkout at a time (one opened before that rule, or by another deployment), and pays it; the order.
     */
    JsonNode buyOutsidePlara(String user, String productId) {
        var metadata = Map.of(Metadata.USER_ID, user, Metadata.PURPOSE, CheckoutPurpose.PRODUCT_PURCHASE.wireName());
        var body = Map.of("products", new String[] {productId}, "customer_email", user + "@plara.dev",
                "external_customer_id", user, "metadata", metadata);
        var checkout = api.postJson("/v1/checkouts/", emulator.accessToken(), write(body));
        assertThat(checkout.status()).as("checkout: %s", checkout).isEqualTo(201);
        payOnHostedPage(checkout.json().path("url").asText());
        return paidOrderOf(checkout.json().path("id").asText());
    }

    /** Pays on the hosted checkout page with the card that succeeds; the page answers 303 to the success URL. */
    void payOnHostedPage(String checkoutUrl) {
        var paid = api.send(HttpRequest.newBuilder(URI.create(checkoutUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("card-number=4242+4242+4242+4242&expiry=12+%2F+34&cvc=123")));
        assertThat(paid.status()).as("payment: %s", paid).isEqualTo(303);
    }

    /** The order a paid checkout made, in Polar's order JSON. */
    JsonNode paidOrderOf(String checkoutId) {
        var orders = api.get("/v1/orders/?checkout_id=" + checkoutId, emulator.accessToken()).json().path("items");
        assertThat(orders).as("orders of checkout %s", checkoutId).hasSize(1);
        return orders.get(0);
    }

    /** Polar's customer with this external id, in Polar's customer JSON; {@code null} when Polar has none. */
    JsonNode customer(String externalId) {
        var customer = api.get("/v1/customers/external/" + externalId, emulator.accessToken());
        return customer.status() == 404 ? null : customer.json();
    }

    /** The id of the product Polar lists under {@code name}. */
    String productNamed(String name) {
        for (var product : api.get("/v1/products/?limit=100", emulator.accessToken()).json().path("items")) {
            if (product.path("name").asText().equals(name)) {
                return product.path("id").asText();
            }
        }
        throw new IllegalArgumentException("Polar sells no product named " + name);
    }

    /** A checkout as Polar reports it now, in Polar's checkout JSON. */
    JsonNode checkout(String checkoutId) {
        return api.get("/v1/checkouts/" + checkoutId, emulator.accessToken()).json();
    }

    JsonNode order(String orderId) {
        return api.get("/v1/orders/" + orderId, emulator.accessToken()).json();
    }

    /** The refunds of {@code orderId}, read back from Polar's API, oldest first. */
    JsonNode refundsOf(String orderId) {
        return api.get("/v1/refunds/?order_id=" + orderId + "&limit=100", emulator.accessToken()).json().path("items");
    }

    /** Refunds {@code amount} minor units of {@code orderId} at Polar and returns Polar's refund JSON. */
    JsonNode refund(String orderId, long amount) {
        var body = Map.of("order_id", orderId, "reason", "customer_request", "amount", amount);
        var refund = api.postJson("/v1/refunds/", emulator.accessToken(), write(body));
        assertThat(refund.status()).as("refund: %s", refund).isEqualTo(201);
        return refund.json();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
