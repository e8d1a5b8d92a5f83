package dev.plara.polar.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One price of a Polar product, read loosely so that an {@code amount_type} Plara does not know (a new kind, or the
 * seat-based and metered ones) is kept rather than refused.
 *
 * @param priceAmount   the amount of a {@code fixed} price, else {@code null}
 * @param minimumAmount the lower bound of a {@code custom} price, else {@code null}
 * @param maximumAmount the upper bound of a {@code custom} price ({@code null}: unbounded)
 * @param taxBehavior   {@code inclusive}, {@code exclusive}, {@code location}, or {@code null} (the organization's)
 */
public record PolarPrice(String id, String amountType, String priceCurrency, Long priceAmount, Long minimumAmount,
                         Long maximumAmount, Long presetAmount, @JsonProperty("is_archived") boolean archived,
                         String taxBehavior) {
}
