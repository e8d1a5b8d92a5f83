package dev.plara.polar.emulator.service;

import dev.plara.polar.emulator.http.ApiError;
import dev.plara.polar.emulator.state.EmulatorStore;
import dev.plara.polar.emulator.state.PriceState;
import dev.plara.polar.emulator.state.ProductState;
import dev.plara.polar.emulator.state.SubscriptionState;
import dev.plara.polar.emulator.state.SubscriptionState.PendingUpdate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Moves a subscription to another recurring product ({@code {product_id, proration_behavior}}) as Polar's
 * {@code update_product} does: {@code prorate} (the organization's default) and {@code invoice} switch now, the
 * latter charging the prorated difference at once in a {@code subscription_update} order; {@code next_period} leaves
 * a {@code pending_update} applied at the next renewal; {@code reset} is not enabled for the organization.
 */
public final class PlanChanges {

    static final String DEFAULT_PRORATION = "prorate";
    private static final Set<String> BEHAVIORS = Set.of("invoice", "prorate", "next_period", "reset");

    private final EmulatorStore store;
    private final Orders orders;
    private final SubscriptionTransitions transitions;

    public PlanChanges(EmulatorStore store, Orders orders, SubscriptionTransitions transitions) {
        this.store = store;
        this.orders = orders;
        this.transitions = transitions;
    }

    /** Changes the product; {@code proration} {@code null} means the organization's default. */
    public SubscriptionState change(String id, String productId, String proration) {
        String behavior = proration == null ? DEFAULT_PRORATION : checkBehavior(proration);
        return transitions.apply(id, (before, now) -> {
            if (before.revoked() || before.cancellation().atPeriodEnd()) {
                throw SubscriptionChanges.alreadyCanceled();
            }
            PriceState price = recurringPrice(productId, before.currency());
            if ("next_period".equals(behavior)) {
                return before.withPendingUpdate(new PendingUpdate(RandomIds.uuid(), now, before.period().end(),
                        productId), now);
            }
            return before.withProduct(productId, price.priceAmount(), now);
        }, (before, after, out) -> {
            long difference = prorated(after.amount() - before.amount(), before, after.modifiedAt());
            if ("invoice".equals(behavior) && difference > 0) {
                orders.pay(orders.openFor(after, "subscription_update", difference, out), out);
            }
        });
    }

    private PriceState recurringPrice(String productId, String currency) {
        ProductState product = store.products().find(productId).orElseThrow(() -> invalid("Product does not exist.",
                productId));
        if (product.archived()) {
            throw invalid("Product is archived.", productId);
        }
        if (!product.recurring()) {
            throw invalid("Product is not recurring.", productId);
        }
        PriceState price = product.price();
        if (price.custom()) {
            throw invalid("Can't update to a product with custom prices.", productId);
        }
        if (!price.priceCurrency().equals(currency)) {
            throw invalid("This product doesn't have a price for the subscription currency.", productId);
        }
        return price;
    }

    private static String checkBehavior(String proration) {
        if (!BEHAVIORS.contains(proration)) {
            throw ApiError.invalid(List.of("body", "proration_behavior"), "Input should be 'invoice', 'prorate', "
                    + "'next_period' or 'reset'", "enum", proration);
        }
        if ("reset".equals(proration)) {
            throw ApiError.invalidBody("proration_behavior",
                    "The 'reset' proration behavior is not enabled for this organization.", proration);
        }
        return proration;
    }

    /** {@code difference} for the part of the current period that is left. */
    private static long prorated(long difference, SubscriptionState subscription, Instant now) {
        long whole = Duration.between(subscription.period().start(), subscription.period().end()).getSeconds();
        long left = Math.max(0, Duration.between(now, subscription.period().end()).getSeconds());
        if (whole <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(difference).multiply(BigDecimal.valueOf(left))
                .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static ApiError invalid(String message, String productId) {
        return ApiError.invalidBody("product_id", message, productId);
    }
}
