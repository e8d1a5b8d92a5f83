package dev.plara.http.api;

import dev.plara.wallet.core.domain.payment.UnmatchedRefund;

/** A refund Polar completed for an order Plara has not credited, held for that order, and when it was applied. */
record UnmatchedRefundView(String refundId, String orderId, MoneyView amount, MoneyView tax, String refundedAt,
                           String reason, String detail, String heldAt, boolean waiting, String appliedAt) {

    static UnmatchedRefundView from(UnmatchedRefund held) {
        var refund = held.refund();
        return new UnmatchedRefundView(refund.refundId(), refund.orderId(), MoneyView.from(refund.amount()),
                MoneyView.from(refund.tax()), WireFormat.time(refund.refundedAt()), WireFormat.name(held.reason()),
                held.detail(), WireFormat.time(held.heldAt()), held.waiting(),
                held.appliedAt() == null ? null : WireFormat.time(held.appliedAt()));
    }
}
