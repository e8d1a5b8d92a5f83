package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.JsonNode;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Checks a {@code CheckoutProductsCreate} body as Polar does and makes the open checkout it asks for. */
final class CheckoutCreation {

    private static final Duration LIFETIME = Duration.ofHours(24);
    private static final Set<String> UNDELIVERABLE = Set.of("example.com", "example.org", "example.net");

    private final EmulatorStore store;
    private final Clock clock;
    private final String baseUrl;
    private final SecureRandom random = new SecureRandom();

    CheckoutCreation(EmulatorStore store, Clock clock, String baseUrl) {
        this.store = store;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    CheckoutState create(JsonNode body) {
        Seed.SeedProduct product = product(body.path("products"));
        long amount = amount(product, body.path("amount"));
        String email = email(body.path("customer_email"));
        Map<String, Object> metadata = MetadataRules.check(body.path("metadata"));
        Instant now = clock.instant();
        String secret = "polar_c_" + HexFormat.of().formatHex(bytes());
        String successUrl = text(body.path("success_url"));
        if (successUrl == null) {
            successUrl = baseUrl + "/checkout/" + secret + "/confirmation";
        }
        return new CheckoutState(UUID.randomUUID().toString(), secret, "open", product.id(), amount,
                product.price().priceCurrency(), email, text(body.path("external_customer_id")), metadata, successUrl,
                text(body.path("return_url")), body.path("allow_discount_codes").asBoolean(true), now, null,
                now.plus(LIFETIME), null, null);
    }

    private Seed.SeedProduct product(JsonNode products) {
        if (!products.isArray() || products.isEmpty()) {
            throw ApiError.invalid(List.of("body", "products"), "Field required", "missing", null);
        }
        String id = products.get(0).asText();
        return store.product(id).orElseThrow(() -> ApiError.invalid(List.of("body", "products", 0),
                "Product does not exist.", "value_error", id));
    }

    private static long amount(Seed.SeedProduct product, JsonNode amount) {
        Seed.SeedPrice price = product.price();
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

    private static String email(JsonNode node) {
        String email = text(node);
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        if (at < 1 || at == email.length() - 1) {
            throw ApiError.invalid(List.of("body", "customer_email"), "value is not a valid email address: "
                    + "An email address must have an @-sign.", "value_error", email);
        }
        String domain = email.substring(at + 1).toLowerCase(Locale.ROOT);
        if (UNDELIVERABLE.contains(domain)) {
            throw ApiError.invalid(List.of("body", "customer_email"), "value is not a valid email address: The domain "
                    + "name " + domain + " does not accept email.", "value_error", email);
        }
        return email;
    }

    private byte[] bytes() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? node.asText() : null;
    }
}
