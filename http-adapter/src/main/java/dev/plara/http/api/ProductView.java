package dev.plara.http.api;

import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.payment.PaymentProduct;
import dev.plara.wallet.core.domain.payment.ProductPrice;
import dev.plara.wallet.core.domain.access.AccessWords;

import java.util.List;

/**
 * A product for sale through Polar, as the pricing page lists it, with what it unlocks ({@code plara_unlocks} text
 * and words) and, for a signed-in user who holds it already, how ({@code held}).
 */
record ProductView(String id, String name, String description, String recurringInterval, boolean creditPack,
                   List<PriceView> prices, String unlocks, String unlocksText, HeldView held) {

    /** @param held the grant through which the signed-in user holds it, or {@code null} */
    static ProductView from(PaymentProduct product, Grant held) {
        return new ProductView(product.id(), product.name(), product.description(), product.recurringInterval(),
                product.creditPack(), product.prices().stream().map(PriceView::from).toList(),
                product.unlocks().text(), AccessWords.unlocks(product.unlocks()),
                held == null ? null : HeldView.from(product, held));
    }

    /** A price: {@code fixed} with an amount, {@code custom} with bounds, or another kind with neither. */
    record PriceView(String type, MoneyView amount, MoneyView minimum, MoneyView maximum) {
        static PriceView from(ProductPrice price) {
            return new PriceView(price.type(), MoneyView.from(price.amount()), MoneyView.from(price.minimum()),
                    MoneyView.from(price.maximum()));
        }
    }

    /**
     * Why it is not for sale to this user: {@code active} (a running subscription to it, managed at {@code manageUrl})
     * or {@code owned} (held for good, by this product or another that unlocks as much), through {@code through}.
     */
    record HeldView(String state, String through, String validUntil, String manageUrl) {
        static HeldView from(PaymentProduct product, Grant held) {
            boolean subscription = held.source().kind() == GrantSource.Kind.POLAR_SUBSCRIPTION
                    && held.soldAs().equals(product.soldAs());
            return new HeldView(subscription ? "active" : "owned", held.title(), WireFormat.time(held.validUntil()),
                    subscription ? "/purchases" : null);
        }
    }
}
