package dev.plara.wallet.core.contract;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.PaymentProduct;
import dev.plara.wallet.core.domain.payment.ProductPrice;
import dev.plara.wallet.core.port.out.PaymentProviderException;
import dev.plara.wallet.core.port.out.ProductCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link ProductCatalog} contract, run against the fake provider and against Polar (its emulator, over HTTP). */
public abstract class ProductCatalogContract {

    /** The catalog of a provider that sells {@link #sold()}. */
    protected abstract ProductCatalog newCatalog();

    /** A catalog whose provider cannot be reached. */
    protected abstract ProductCatalog unreachableCatalog();

    protected abstract SoldProducts sold();

    @Test
    void everyProductIsListedOnceWithANameAndItsPrices() {
        var products = newCatalog().products();

        assertThat(products).extracting(PaymentProduct::id).doesNotHaveDuplicates()
                .contains(sold().topUp(), sold().fixedPrice());
        assertThat(products).allSatisfy(product -> {
            assertThat(product.name()).isNotBlank();
            assertThat(product.prices()).isNotEmpty();
        });
    }

    @Test
    void theTopUpIsListedWithItsCustomRangeAndAFixedPriceProductWithItsPrice() {
        var products = newCatalog().products();

        assertThat(products).filteredOn(product -> product.id().equals(sold().topUp())).singleElement()
                .satisfies(topUp -> assertThat(topUp.prices())
                        .containsExactly(ProductPrice.custom(Money.usd(1_00), Money.usd(1_000_00))));
        assertThat(products).filteredOn(product -> product.id().equals(sold().fixedPrice())).singleElement()
                .satisfies(fixed -> assertThat(fixed.prices())
                        .containsExactly(ProductPrice.fixed(sold().fixedPriceAmount())));
    }

    @Test
    void anUnreachableProviderIsAFault() {
        var unreachable = unreachableCatalog();

        assertThatThrownBy(unreachable::products).isInstanceOf(PaymentProviderException.class);
    }
}
