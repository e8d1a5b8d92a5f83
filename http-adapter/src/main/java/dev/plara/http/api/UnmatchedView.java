package dev.plara.http.api;

import dev.plara.wallet.core.domain.payment.UnmatchedPayment;

/** A paid order parked because it could not be credited, and the admin's decision once taken. */
record UnmatchedView(String orderId, String checkoutId, MoneyView amount, String customerEmail, String claimedUser,
                     String reason, String detail, String parkedAt, boolean waiting, String assignedTo,
                     String assignedBy, String assignedAt, String note) {

    static UnmatchedView from(UnmatchedPayment payment) {
        var assignment = payment.assignment();
        return new UnmatchedView(payment.orderId(), payment.checkoutId(), MoneyView.from(payment.amount()),
                payment.customerEmail(), payment.claimedUser(), WireFormat.name(payment.reason()), payment.detail(),
                WireFormat.time(payment.parkedAt()), payment.waiting(),
                assignment == null ? null : assignment.user().value(), assignment == null ? null : assignment.by(),
                assignment == null ? null : WireFormat.time(assignment.at()), assignment == null ? null : assignment.note());
    }
}
