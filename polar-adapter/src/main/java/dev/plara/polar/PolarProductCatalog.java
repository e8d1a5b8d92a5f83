package dev.plara.polar;

import dev.plara.polar.client.PolarClient;
import dev.plara.polar.model.Metadata;
import dev.plara.polar.model.PolarMoney;
import dev.plara.polar.model.PolarPrice;
import dev.plara.polar.model.PolarProduct;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaymentProduct;
import dev.plara.wallet.core.domain.payment.ProductPrice;
import dev.plara.wallet.core.port.out.ProductCatalog;

import java.util.List;
import java.util.Objects;

/** The products for sale, read from Polar's product listing (all pages, archived products and prices left out). */
public final class PolarProductCatalog implements ProductCatalog {

    private final PolarClient client;

    public PolarProductCatalog(PolarClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public List<PaymentProduct> products() {
        return ProviderCalls.call("list products", () -> client.listProducts(false)).stream()
                .filter(product -> !product.archived())
                .map(PolarProductCatalog::toPaymentProduct)
                .toList();
    }

    static PaymentProduct toPaymentProduct(PolarProduct product) {
        List<ProductPrice> prices = product.prices().stream()
                .filter(price -> !price.archived())
                .map(PolarProductCatalog::toPrice)
                .toList();
        String interval = product.recurring() ? product.recurringInterval() : null;
        boolean creditPack = Metadata.flag(product.metadata(), Metadata.CREDIT_PACK);
        return new PaymentProduct(product.id(), product.name(), product.description(), interval, prices, creditPack,
                creditPack ? Unlocks.parse("") : ProductUnlocks.of(product));
    }

    private static ProductPrice toPrice(PolarPrice price) {
        if ("fixed".equals(price.amountType()) && price.priceAmount() != null) {
            return ProductPrice.fixed(money(price.priceAmount(), price));
        }
        if ("custom".equals(price.amountType()) && price.minimumAmount() != null) {
            return ProductPrice.custom(money(price.minimumAmount(), price), money(price.maximumAmount(), price));
        }
        return new ProductPrice(String.valueOf(price.amountType()), null, null, null);
    }

    private static Money money(Long minor, PolarPrice price) {
        return minor == null ? null : PolarMoney.of(minor, price.priceCurrency());
    }
}
