package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.CatalogItem;
import dev.plara.wallet.core.domain.PaymentProduct;
import dev.plara.wallet.core.port.in.BrowseCatalogUseCase;
import dev.plara.wallet.core.port.out.ProductCatalog;

import java.util.List;

/** What is for sale: the content catalog, and the provider's products without the wallet top-up product. */
public final class CatalogService implements BrowseCatalogUseCase {

    private final WalletStores stores;
    private final ProductCatalog products;
    private final WalletSettings settings;

    CatalogService(WalletStores stores, ProductCatalog products, WalletSettings settings) {
        this.stores = stores;
        this.products = products;
        this.settings = settings;
    }

    @Override
    public List<CatalogItem> items() {
        return stores.catalog().all();
    }

    @Override
    public List<PaymentProduct> products() {
        return products.products().stream()
                .filter(product -> !product.id().equals(settings.topUpProductId()))
                .toList();
    }
}
