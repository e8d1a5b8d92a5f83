package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.payment.PaymentProduct;

import java.util.List;

/**
 * The products sold through the payment provider, for the pricing page.
 *
 * <p>Contract: lists every product that is not archived, each once, with its prices that are not archived (a fixed
 * amount, a custom range, or a kind Plara does not know), across all pages of the provider's listing; faults are
 * thrown as {@link PaymentProviderException}.
 */
public interface ProductCatalog {

    List<PaymentProduct> products();
}
