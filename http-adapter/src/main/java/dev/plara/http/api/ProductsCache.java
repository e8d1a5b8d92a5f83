package dev.plara.http.api;

import dev.plara.wallet.core.domain.payment.PaymentProduct;
import dev.plara.wallet.core.port.in.BrowseCatalogUseCase;
import dev.plara.wallet.core.port.out.PaymentProviderException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The provider's products, fetched at most every 30 s. If a refresh fails, the last good list is served; with none
 * yet, the provider's fault reaches the caller (502).
 */
final class ProductsCache {

    static final Duration TTL = Duration.ofSeconds(30);

    private final BrowseCatalogUseCase catalog;
    private final Clock clock;
    private List<PaymentProduct> products;
    private Instant fetchedAt;

    ProductsCache(BrowseCatalogUseCase catalog, Clock clock) {
        this.catalog = catalog;
        this.clock = clock;
    }

    synchronized List<PaymentProduct> products() {
        var now = clock.instant();
        if (products == null || !now.isBefore(fetchedAt.plus(TTL))) {
            try {
                products = List.copyOf(catalog.products());
                fetchedAt = now;
            } catch (PaymentProviderException unavailable) {
                if (products == null) {
                    throw unavailable;
                }
            }
        }
        return products;
    }
}
