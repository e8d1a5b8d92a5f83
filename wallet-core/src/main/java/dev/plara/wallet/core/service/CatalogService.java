package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.deposit.BankDepositRules;
import dev.plara.wallet.core.domain.deposit.CardDepositRules;
import dev.plara.wallet.core.domain.payment.PaymentProduct;
import dev.plara.wallet.core.port.in.BrowseCatalogUseCase;
import dev.plara.wallet.core.port.in.DepositOptionsUseCase;
import dev.plara.wallet.core.port.out.CatalogStore;
import dev.plara.wallet.core.port.out.ProductCatalog;

import java.util.Currency;
import java.util.List;
import java.util.Set;

/**
 * What is on offer: the content catalog, the provider's products (without the wallet top-up product), and the amounts
 * and currencies deposits may take.
 */
public final class CatalogService implements BrowseCatalogUseCase, DepositOptionsUseCase {

    private final CatalogStore catalog;
    private final ProductCatalog products;
    private final WalletSettings settings;

    public CatalogService(CatalogStore catalog, ProductCatalog products, WalletSettings settings) {
        this.catalog = catalog;
        this.products = products;
        this.settings = settings;
    }

    @Override
    public List<CatalogItem> items() {
        return catalog.all();
    }

    @Override
    public List<PaymentProduct> products() {
        return products.products().stream()
                .filter(product -> !product.id().equals(settings.topUpProductId()))
                .toList();
    }

    @Override
    public CardDepositRules cardDeposits() {
        return settings.cardDeposits();
    }

    @Override
    public BankDepositRules bankDeposits() {
        return settings.bankDeposits();
    }

    @Override
    public Set<Currency> walletCurrencies() {
        return settings.currencies().walletCurrencies();
    }
}
