package dev.plara.wallet.core.domain.deposit;

import dev.plara.wallet.core.domain.money.Money;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which amounts a card deposit may be: one of the preset choices (fixed credit packs), or any amount between the
 * custom minimum and maximum of the top-up product, all in the currency the card is charged in.
 *
 * @param customMinimum {@code null} when only the presets are allowed
 * @param customMaximum {@code null} when only the presets are allowed
 */
public record CardDepositRules(Currency chargeCurrency, List<Money> presets, Money customMinimum, Money customMaximum) {

    public CardDepositRules {
        Objects.requireNonNull(chargeCurrency, "charge currency");
        presets = List.copyOf(presets);
        if ((customMinimum == null) != (customMaximum == null)) {
            throw new IllegalArgumentException("a custom amount range has both a minimum and a maximum");
        }
        if (customMinimum != null && (!customMinimum.isPositive() || customMaximum.isLessThan(customMinimum))) {
            throw new IllegalArgumentException("the custom range must be positive and minimum <= maximum");
        }
        if (presets.isEmpty() && customMinimum == null) {
            throw new IllegalArgumentException("card deposits need presets, a custom range, or both");
        }
        for (Money preset : presets) {
            if (!preset.isPositive() || !preset.currency().equals(chargeCurrency)) {
                throw new IllegalArgumentException("presets are positive amounts in " + chargeCurrency + ": " + preset);
            }
        }
    }

    /** Why this amount may not be deposited by card, or empty if it may. */
    public Optional<String> refusalFor(Money amount) {
        if (!amount.currency().equals(chargeCurrency)) {
            return Optional.of("card deposits are charged in " + chargeCurrency.getCurrencyCode());
        }
        if (presets.contains(amount) || inCustomRange(amount)) {
            return Optional.empty();
        }
        return Optional.of("amount " + amount + " is not allowed; choose " + describeAllowed());
    }

    /** The least a card deposit may be: the custom minimum or the smallest preset. */
    public Money smallestAmount() {
        return Stream.concat(presets.stream(), Stream.ofNullable(customMinimum)).min(Money::compareTo).orElseThrow();
    }

    /** The most a card deposit may be: the custom maximum or the largest preset. */
    public Money largestAmount() {
        return Stream.concat(presets.stream(), Stream.ofNullable(customMaximum)).max(Money::compareTo).orElseThrow();
    }

    public boolean allowsCustom() {
        return customMinimum != null;
    }

    private boolean inCustomRange(Money amount) {
        return allowsCustom() && !amount.isLessThan(customMinimum) && !customMaximum.isLessThan(amount);
    }

    private String describeAllowed() {
        String choices = presets.stream().map(Money::toString).reduce((a, b) -> a + ", " + b).orElse("");
        String range = allowsCustom() ? "any amount from " + customMinimum + " to " + customMaximum : "";
        return choices.isEmpty() ? range : range.isEmpty() ? "one of " + choices : "one of " + choices + " or " + range;
    }
}
