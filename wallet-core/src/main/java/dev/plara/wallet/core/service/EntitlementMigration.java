package dev.plara.wallet.core.service;

import dev.plara.wallet.core.domain.access.CatalogItem;
import dev.plara.wallet.core.domain.access.Entitlement;
import dev.plara.wallet.core.domain.access.Grant;
import dev.plara.wallet.core.domain.access.GrantSource;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.payment.PaymentProduct;
import dev.plara.wallet.core.port.in.MigrateEntitlementsUseCase;
import dev.plara.wallet.core.port.out.CatalogStore;
import dev.plara.wallet.core.port.out.GrantStore;
import dev.plara.wallet.core.port.out.LegacyEntitlements;
import dev.plara.wallet.core.port.out.ProductCatalog;
import dev.plara.wallet.core.port.out.ProductOrderStore;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns each entitlement kept before grants into the grant of its source, with its status, dates and version: a
 * catalog item's or plan's ledger key grants what the item unlocks, a Polar order (or subscription) what its product
 * unlocks now ({@code plara_unlocks}; the product itself when it names nothing or is no longer listed). Grants are
 * upserted by source with the entitlement's version, so a second run, or a grant changed since, is left as it is.
 */
public final class EntitlementMigration implements MigrateEntitlementsUseCase {

    private static final String POLAR_PRODUCT = "polar-product:";

    private final LegacyEntitlements legacy;
    private final GrantStore grants;
    private final CatalogStore catalog;
    private final ProductCatalog products;
    private final ProductOrderStore orders;

    public EntitlementMigration(LegacyEntitlements legacy, GrantStore grants, CatalogStore catalog,
                                ProductCatalog products, ProductOrderStore orders) {
        this.legacy = legacy;
        this.grants = grants;
        this.catalog = catalog;
        this.products = products;
        this.orders = orders;
    }

    @Override
    public int migrate() {
        List<Entitlement> all = legacy.all();
        if (all.isEmpty()) {
            return 0;
        }
        Map<String, PaymentProduct> listed = all.stream().anyMatch(old -> old.item().value().startsWith(POLAR_PRODUCT))
                ? products.products().stream().collect(Collectors.toMap(PaymentProduct::id, Function.identity()))
                : Map.of();
        return (int) all.stream().map(old -> grantOf(old, listed)).filter(grants::upsertIfNewer).count();
    }

    private Grant grantOf(Entitlement old, Map<String, PaymentProduct> listed) {
        String item = old.item().value();
        if (item.startsWith(POLAR_PRODUCT)) {
            String productId = item.substring(POLAR_PRODUCT.length());
            var product = listed.get(productId);
            var order = orders.find(old.sourceRef());
            var source = order.isPresent() ? GrantSource.polarOrder(old.sourceRef())
                    : GrantSource.polarSubscription(old.sourceRef());
            String title = product != null ? product.name()
                    : order.map(found -> found.productName()).orElse("Polar product");
            Unlocks unlocks = product != null ? product.unlocks() : PaymentProduct.itself(productId);
            return grant(old, unlocks, source, title);
        }
        var found = catalog.find(old.item());
        boolean plan = found.filter(CatalogItem::isPlan).isPresent();
        var source = new GrantSource(plan ? GrantSource.Kind.STORE_PLAN_PERIOD : GrantSource.Kind.WALLET_PURCHASE,
                old.sourceRef());
        return grant(old, found.map(CatalogItem::unlocks).orElse(Unlocks.item(old.item())), source,
                found.map(CatalogItem::title).orElse(item));
    }

    private static Grant grant(Entitlement old, Unlocks unlocks, GrantSource source, String title) {
        return new Grant(old.user(), unlocks, source, old.item(), title, old.status(), old.grantedAt(),
                old.validUntil(), old.version());
    }
}
