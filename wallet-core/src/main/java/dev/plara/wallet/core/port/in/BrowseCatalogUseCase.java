package dev.plara.wallet.core.port.in;

import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.payment.PaymentProduct;

import java.util.List;

/** What is for sale: content for wallet balance, and provider products for direct purchase. */
public interface BrowseCatalogUseCase {

    /** Videos, photos and subscription plans, by id. */
    List<CatalogItem> items();

    /** The provider's products that are not archived. */
    List<PaymentProduct> products();
}
