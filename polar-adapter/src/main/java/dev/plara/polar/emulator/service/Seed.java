package dev.plara.polar.emulator.service;

import dev.plara.polar.emulator.state.PriceState;
import dev.plara.polar.emulator.state.ProductState;
import dev.plara.polar.model.PolarJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The organization and the products a fresh emulator sells, read from {@code products.json} beside this class: a
 * custom-price wallet top-up, two credit packs, a lifetime photo collection and two monthly plans, each product that
 * unlocks content saying what under {@code plara_unlocks}.
 */
public record Seed(String organizationId, String topUpProductId, List<SeedProduct> products) {

    public Seed {
        Objects.requireNonNull(organizationId, "organization id");
        Objects.requireNonNull(topUpProductId, "top-up product id");
        products = List.copyOf(products);
    }

    public static Seed defaults() {
        try (InputStream in = Seed.class.getResourceAsStream("products.json")) {
            return PolarJson.mapper().readValue(Objects.requireNonNull(in, "products.json is missing"), Seed.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seeded products as the store keeps them, made at {@code now}. */
    public List<ProductState> productsAt(Instant now) {
        return products.stream().map(product -> product.state(now)).toList();
    }

    /** A product to seed; {@code recurringInterval} is {@code null} for a one-time product. */
    public record SeedProduct(String id, String name, String description, String recurringInterval,
                              List<SeedPrice> prices, Map<String, Object> metadata) {

        ProductState state(Instant now) {
            List<PriceState> states = prices.stream().map(price -> new PriceState(price.id(), now, null,
                    price.amountType(), price.priceCurrency(), price.priceAmount(), price.minimumAmount(),
                    price.maximumAmount(), price.presetAmount(), null, false)).toList();
            return new ProductState(id, now, null, name, description, recurringInterval, null, null, "public", false,
                    metadata, states);
        }
    }

    /** One price: {@code fixed} with {@code priceAmount}, or {@code custom} with bounds and a preset. */
    public record SeedPrice(String id, String amountType, String priceCurrency, Long priceAmount, Long minimumAmount,
                            Long maximumAmount, Long presetAmount) {
    }
}
