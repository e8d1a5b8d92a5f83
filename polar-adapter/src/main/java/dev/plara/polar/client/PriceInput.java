package dev.plara.polar.client;

import java.util.Objects;

/** A price in a product's create or update body: a new one ({@link New}), or one to keep ({@link Existing}). */
public sealed interface PriceInput {

    /** A fixed price of {@code amount} minor units. */
    static New fixed(long amount, String currency) {
        return new New("fixed", currency, amount, null, null, null, null);
    }

    /** A pay-what-you-want price between {@code minimum} and {@code maximum} ({@code null}: unbounded). */
    static New custom(String currency, long minimum, Long maximum, Long preset) {
        return new New("custom", currency, null, minimum, maximum, preset, null);
    }

    /**
     * {@code ProductPriceFixedCreate} or {@code ProductPriceCustomCreate}.
     *
     * @param taxBehavior {@code inclusive}, {@code exclusive}, {@code location}, or {@code null} (the organization's)
     */
    record New(String amountType, String priceCurrency, Long priceAmount, Long minimumAmount, Long maximumAmount,
               Long presetAmount, String taxBehavior) implements PriceInput {

        public New {
            Objects.requireNonNull(amountType, "amount type");
            Objects.requireNonNull(priceCurrency, "currency");
        }

        public New withTaxBehavior(String value) {
            return new New(amountType, priceCurrency, priceAmount, minimumAmount, maximumAmount, presetAmount, value);
        }
    }

    /** {@code ExistingProductPrice}: keeps the price with this id. */
    record Existing(String id) implements PriceInput {
        public Existing {
            Objects.requireNonNull(id, "id");
        }
    }
}
