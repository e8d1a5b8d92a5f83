package dev.plara.polar;

import dev.plara.polar.model.Metadata;
import dev.plara.polar.model.PolarProduct;
import dev.plara.wallet.core.domain.access.Unlocks;
import dev.plara.wallet.core.domain.payment.PaymentProduct;

import java.lang.System.Logger.Level;

/**
 * What a Polar product unlocks, from its metadata {@code plara_unlocks} (see {@link Metadata#UNLOCKS}): a product that
 * names nothing, or names something Plara cannot read, unlocks only itself ({@code item:polar-product:<id>}), and the
 * unreadable value is logged with what to write instead.
 */
public final class ProductUnlocks {

    private static final System.Logger LOG = System.getLogger(ProductUnlocks.class.getName());

    private ProductUnlocks() {
    }

    public static Unlocks of(PolarProduct product) {
        var text = Metadata.text(product.metadata(), Metadata.UNLOCKS);
        if (text.isEmpty()) {
            return PaymentProduct.itself(product.id());
        }
        try {
            var unlocks = Unlocks.parse(text.get());
            return unlocks.isEmpty() ? PaymentProduct.itself(product.id()) : unlocks;
        } catch (IllegalArgumentException unreadable) {
            LOG.log(Level.WARNING, "Polar product ''{0}'' ({1}): its plara_unlocks metadata cannot be read: {2}. It"
                    + " unlocks only itself until the metadata is fixed in Polar''s dashboard.", product.name(),
                    product.id(), unreadable.getMessage());
            return PaymentProduct.itself(product.id());
        }
    }
}
