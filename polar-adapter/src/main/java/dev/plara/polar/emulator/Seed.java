package dev.plara.polar.emulator;

import dev.plara.polar.model.PolarJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The products the emulator sells, read from a small JSON file: a custom-price wallet top-up, fixed credit packs, a
 * one-time product and a monthly plan by default ({@code products.json} beside this class).
 */
record Seed(String organizationId, String topUpProductId, List<SeedProduct> products) {

    Seed {
        Objects.requireNonNull(organizationId, "organization id");
        Objects.requireNonNull(topUpProductId, "top-up product id");
        products = List.copyOf(products);
    }

    static Seed defaults() {
        try (InputStream in = Seed.class.getResourceAsStream("products.json")) {
            return read(Objects.requireNonNull(in, "products.json is missing"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Seed read(InputStream json) throws IOException {
        return PolarJson.mapper().readValue(json, Seed.class);
    }

    /** A product to seed; {@code recurringInterval} is {@code null} for a one-time product. */
    record SeedProduct(String id, String name, String description, String recurringInterval, List<SeedPrice> prices,
                       Map<String, Object> metadata) {
        SeedProduct {
            prices = List.copyOf(prices);
            metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        }

        boolean recurring() {
            return recurringInterval != null;
        }

        SeedPrice price() {
            return prices.get(0);
        }
    }

    /** One price: {@code fixed} with {@code priceAmount}, or {@code custom} with bounds and a preset. */
    record SeedPrice(String id, String amountType, String priceCurrency, Long priceAmount, Long minimumAmount,
                     Long maximumAmount, Long presetAmount) {

        boolean custom() {
            return "custom".equals(amountType);
        }
    }
}
