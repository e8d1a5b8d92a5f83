package dev.plara.polar.emulator.service;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * The sales tax the emulator charges, as Polar's tax processor would for the buyer's address: a rate (such as
 * {@code 0.2} for 20 %) and Polar's {@code TaxBehavior}, {@code inclusive} (prices hold the tax) or {@code exclusive}
 * (tax comes on top). A price's own {@code tax_behavior} wins over this one.
 */
public record TaxSetting(BigDecimal rate, String behavior) {

    private static final Set<String> BEHAVIORS = Set.of("inclusive", "exclusive");

    public TaxSetting {
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) >= 0 || !BEHAVIORS.contains(behavior)) {
            throw new IllegalArgumentException("a tax rate from 0 up to (not including) 1 and a behavior of "
                    + "inclusive or exclusive, not " + rate + " " + behavior);
        }
    }

    /** No tax at all (the default). */
    public static TaxSetting none() {
        return new TaxSetting(BigDecimal.ZERO, "exclusive");
    }
}
