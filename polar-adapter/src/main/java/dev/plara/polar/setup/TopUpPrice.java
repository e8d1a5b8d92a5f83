package dev.plara.polar.setup;

import dev.plara.polar.client.PriceInput;
import dev.plara.polar.model.PolarMoney;
import dev.plara.polar.model.PolarPrice;
import dev.plara.polar.model.PolarProduct;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The top-up product as Plara needs it: one-time, with a custom price in the charge currency bounded by its range. */
final class TopUpPrice {

    private TopUpPrice() {
    }

    /** What keeps {@code product} from topping wallets up as configured, in words; empty when nothing does. */
    static Optional<String> problemWith(PolarProduct product, SetupTarget target) {
        if (product.archived()) {
            return Optional.of("is archived");
        }
        if (product.recurring()) {
            return Optional.of("is a subscription, not a one-time product");
        }
        var price = customPrice(product, target);
        if (price.isEmpty()) {
            return Optional.of("has no custom (pay what you want) price in " + target.currency().toUpperCase(Locale.ROOT));
        }
        boolean fits = Objects.equals(price.get().minimumAmount(), target.minimum())
                && Objects.equals(price.get().maximumAmount(), target.maximum());
        return fits ? Optional.empty() : Optional.of("has a custom price of " + range(price.get(), target)
                + ", but PLARA_DEPOSIT_MIN, PLARA_DEPOSIT_MAX and PLARA_DEPOSIT_PRESETS ask for " + range(target));
    }

    /** An archived or recurring product is not made into the top-up product: a new one is made instead. */
    static boolean cannotBeReused(PolarProduct product) {
        return product.archived() || product.recurring();
    }

    static PriceInput.New wanted(SetupTarget target) {
        return PriceInput.custom(target.currency(), target.minimum(), target.maximum(), null);
    }

    /** The product's prices in other currencies kept, and the custom price in the charge currency replaced. */
    static List<PriceInput> replaced(PolarProduct product, SetupTarget target) {
        List<PriceInput> prices = new ArrayList<>();
        product.prices().stream().filter(price -> !price.archived())
                .filter(price -> !target.currency().equalsIgnoreCase(price.priceCurrency()))
                .forEach(price -> prices.add(new PriceInput.Existing(price.id())));
        prices.add(wanted(target));
        return prices;
    }

    static String range(SetupTarget target) {
        return money(target.minimum(), target) + " to " + money(target.maximum(), target);
    }

    private static String range(PolarPrice price, SetupTarget target) {
        return money(price.minimumAmount(), target) + " to "
                + (price.maximumAmount() == null ? "any amount" : money(price.maximumAmount(), target));
    }

    private static Optional<PolarPrice> customPrice(PolarProduct product, SetupTarget target) {
        return product.prices().stream().filter(price -> !price.archived() && "custom".equals(price.amountType()))
                .filter(price -> target.currency().equalsIgnoreCase(price.priceCurrency())).findFirst();
    }

    private static String money(Long minor, SetupTarget target) {
        return PolarMoney.of(minor == null ? 0 : minor, target.currency()).toString();
    }
}
