package dev.plara.polar.emulator.state;

import java.time.Instant;

/**
 * One price of a product: {@code fixed} with {@code priceAmount}, or {@code custom} (pay what you want) with bounds
 * and a preset.
 *
 * @param taxBehavior {@code inclusive}, {@code exclusive}, {@code location} or {@code null} (the organization's default)
 */
public record PriceState(String id, Instant createdAt, Instant modifiedAt, String amountType, String priceCurrency,
                         Long priceAmount, Long minimumAmount, Long maximumAmount, Long presetAmount,
                         String taxBehavior, boolean archived) {

    public boolean custom() {
        return "custom".equals(amountType);
    }

    public PriceState archivedAt(Instant at) {
        return new PriceState(id, createdAt, at, amountType, priceCurrency, priceAmount, minimumAmount, maximumAmount,
                presetAmount, taxBehavior, true);
    }
}
