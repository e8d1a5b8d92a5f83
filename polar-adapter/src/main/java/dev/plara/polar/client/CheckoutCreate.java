package dev.plara.polar.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of {@code POST /v1/checkouts/}; {@code null} fields are left out.
 *
 * @param amount     minor units, only for a custom (pay what you want) price
 * @param currency   Polar's lower-case currency code for {@code amount}, or {@code null}
 * @param successUrl where Polar sends the buyer after paying; {@code {CHECKOUT_ID}} is substituted
 * @param returnUrl  the back link of the hosted page (Polar has no cancel URL)
 */
public record CheckoutCreate(List<String> products, Long amount, String currency, String customerEmail, String externalCustomerId,
                             Map<String, Object> metadata, String successUrl, String returnUrl,
                             Boolean allowDiscountCodes) {

    public CheckoutCreate {
        products = List.copyOf(Objects.requireNonNull(products, "products"));
        metadata = metadata == null ? null : Map.copyOf(metadata);
        if (products.isEmpty()) {
            throw new IllegalArgumentException("a checkout sells at least one product");
        }
    }

    /** A checkout of one product with nothing else set. */
    public static CheckoutCreate of(String productId) {
        return new CheckoutCreate(List.of(productId), null, null, null, null, null, null, null, null);
    }
}
