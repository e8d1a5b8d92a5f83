package dev.plara.wallet.core.port.out;

import dev.plara.wallet.core.domain.money.Money;
import dev.plara.wallet.core.domain.payment.ProductOrder;
import dev.plara.wallet.core.domain.user.UserId;

import java.util.List;
import java.util.Optional;

/**
 * Paid orders of products bought directly.
 *
 * <p>Contract: {@link #save} keeps the first record per order id and says whether this call stored it;
 * {@link #addRefund} adds a refund's amount to the order's refunded total once per refund id (atomically) and
 * returns the order as it stands afterwards, or empty for an unknown order; {@link #markPaidTwice} records once (the
 * first covering order stays) that an order paid for what another order already covered, and says whether this call
 * did; {@link #paidTwice} lists the orders so marked, newest first.
 */
public interface ProductOrderStore {

    boolean save(ProductOrder order);

    Optional<ProductOrder> find(String orderId);

    Optional<ProductOrder> byCheckout(String checkoutId);

    List<ProductOrder> ownedBy(UserId owner);

    Optional<ProductOrder> addRefund(String orderId, String refundId, Money amount);

    boolean markPaidTwice(String orderId, String alsoCoveredBy);

    List<Marked> paidTwice(int limit);

    /** An order marked as paying for what {@code alsoCoveredBy} already covered. */
    record Marked(String orderId, String alsoCoveredBy) {
    }
}
