package dev.plara.polar.emulator.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.http.JsonBodies;
import dev.plara.polar.emulator.json.JsonRenderer;
import dev.plara.polar.emulator.state.Amounts;
import dev.plara.polar.emulator.state.CheckoutState;
import dev.plara.polar.emulator.state.CustomerState;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.PriceState;
import dev.plara.polar.emulator.state.ProductState;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a {@code CheckoutProductsCreate} body as Polar does and opens the checkout it asks for: linked to the
 * customer its {@code external_customer_id} names, taxed under the current {@link TaxRules}, announced by
 * {@code checkout.created}.
 */
public final class CheckoutOpening {

    private static final Duration LIFETIME = Duration.ofHours(24);

    private final EmulatorStore store;
    private final CustomerDirectory customers;
    private final TaxRules tax;
    private final JsonRenderer renderer;
    private final EventSink events;

    public CheckoutOpening(EmulatorStore store, CustomerDirectory customers, TaxRules tax, JsonRenderer renderer,
                           EventSink events) {
        this.store = store;
        this.customers = customers;
        this.tax = tax;
        this.renderer = renderer;
        this.events = events;
    }

    public CheckoutState open(JsonNode body) {
        ProductState product = product(body.path("products"));
        PriceState price = product.price();
        long amount = amount(price, body.path("amount"));
        String email = JsonBodies.text(body.path("customer_email"));
        if (email != null) {
            EmailRules.check("customer_email", email);
        }
        Map<String, Object> metadata = MetadataRules.check(body.path("metadata"));
        String externalId = JsonBodies.text(body.path("external_customer_id"));
        return store.atomically(() -> {
            customers.checkSameEmail(externalId, email);
            Optional<CustomerState> linked = externalId == null ? Optional.empty() : customers.byExternalId(externalId);
            Instant now = store.clock().instant();
            String secret = RandomIds.token("polar_c_");
            String successUrl = JsonBodies.text(body.path("success_url"));
            Amounts amounts = tax.amounts(amount, price.taxBehavior());
            CheckoutState checkout = store.checkouts().save(new CheckoutState(RandomIds.uuid(), secret, "open",
                    product.id(), price.id(), amounts, price.priceCurrency(),
                    linked.map(CustomerState::email).orElse(email), externalId, metadata,
                    successUrl != null ? successUrl : renderer.checkoutUrl(secret) + "/confirmation",
                    JsonBodies.text(body.path("return_url")), body.path("allow_discount_codes").asBoolean(true),
                    now, null, now.plus(LIFETIME), linked.map(CustomerState::id).orElse(null), null));
            events.publish(List.of(new ResourceEvent("checkout.created", renderer.checkout(checkout))));
            return checkout;
        });
    }

    private ProductState product(JsonNode products) {
        if (!products.isArray() || products.isEmpty()) {
            throw ApiError.invalid(List.of("body", "products"), "Field required", "missing", null);
        }
        String id = products.get(0).asText();
        ProductState product = store.products().find(id).orElseThrow(() -> ApiError.invalid(
                List.of("body", "products", 0), "Product does not exist.", "value_error", id));
        if (product.archived()) {
            throw ApiError.invalid(List.of("body", "products", 0), "Product is archived.", "value_error", id);
        }
        return product;
    }

    private static long amount(PriceState price, JsonNode amount) {
        if (!price.custom()) {
            return price.priceAmount();
        }
        if (amount.isMissingNode() || amount.isNull()) {
            return price.presetAmount() != null ? price.presetAmount() : price.minimumAmount();
        }
        long value = amount.asLong();
        boolean tooHigh = price.maximumAmount() != null && value > price.maximumAmount();
        if (!amount.isIntegralNumber() || value < price.minimumAmount() || tooHigh) {
            throw ApiError.invalid(List.of("body", "amount"), "Amount must be between " + price.minimumAmount()
                    + " and " + price.maximumAmount() + ".", "value_error", amount);
        }
        return value;
    }
}
