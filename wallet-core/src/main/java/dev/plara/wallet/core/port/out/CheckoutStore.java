package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.payment.CheckoutRecord;

import java.util.Optional;

/**
 * The checkouts Plara opened at the payment provider.
 *
 * <p>Contract: {@link #save} keeps the first record for a checkout id (a second save of the same id changes
 * nothing); {@link #attachOrder} records the paid order of a known checkout once (the first order id stays; an unknown
 * checkout changes nothing); {@link #find} returns the record with any attached order.
 */
public interface CheckoutStore {

    void save(CheckoutRecord checkout);

    void attachOrder(String checkoutId, String orderId);

    Optional<CheckoutRecord> find(String checkoutId);
}
