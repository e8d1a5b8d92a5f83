package dev.plara.http.api;

import dev.plara.wallet.core.domain.payment.PaymentProduct;
import dev.plara.wallet.core.domain.payment.ProductPrice;

import java.util.List;

/** A product for sale through Polar, as the pricing page lists it. */
record ProductView(String id, String name, String description, String recurringInterval, boolean creditPack,
                   List<PriceView> prices) {

    static ProductView from(PaymentProduct product) {
        return new ProductView(product.id(), product.name(), product.description(), product.recurringInterval(),
                product.creditPack(), product.prices().stream().map(PriceView::from).toList());
    }

    /** A price: {@code fixed} with an amount, {@code custom} with bounds, or another kind with neither. */
    record PriceView(String type, MoneyView amount, MoneyView minimum, MoneyView maximum) {
        static PriceView from(ProductPrice price) {
            return new PriceView(price.type(), MoneyView.from(price.amount()), MoneyView.from(price.minimum()),
                    MoneyView.from(price.maximum()));
        }
    }
}
