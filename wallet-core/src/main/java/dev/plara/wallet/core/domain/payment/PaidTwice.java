package dev.plara.wallet.core.domain.payment;

import java.util.Objects;

/**
 * An order that paid for a lifetime product its buyer already held for good through another paid order: an admin
 * refunds one of the two. Both keep their grant, so refunding either leaves the access the other pays for.
 */
public record PaidTwice(ProductOrder order, ProductOrder alsoCoveredBy) {

    public PaidTwice {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(alsoCoveredBy, "also covered by");
    }

    /** Whether it still waits for a refund: neither order was refunded yet. */
    public boolean waiting() {
        return order.refunded().isZero() && alsoCoveredBy.refunded().isZero();
    }

    /** What happened and what to do, in an operator's words. */
    public String advice() {
        var who = order.email().isEmpty() ? order.owner().value() : order.owner().value() + " (" + order.email() + ")";
        return who + " paid twice for " + order.productName() + " (orders " + alsoCoveredBy.orderId() + " and "
                + order.orderId() + ", " + order.amount() + " each); refund one of them in Polar or here.";
    }
}
