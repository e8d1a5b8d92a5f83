package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.money.Money;

import java.util.Objects;

/**
 * What the provider-side contracts assume a provider sells: the wallet top-up, a custom price from 1.00 to 1,000.00
 * USD, and one product at a fixed price.
 */
public record SoldProducts(String topUp, String fixedPrice, Money fixedPriceAmount) {

    public SoldProducts {
        Objects.requireNonNull(topUp, "top-up product");
        Objects.requireNonNull(fixedPrice, "fixed-price product");
        Objects.requireNonNull(fixedPriceAmount, "fixed price");
    }
}
