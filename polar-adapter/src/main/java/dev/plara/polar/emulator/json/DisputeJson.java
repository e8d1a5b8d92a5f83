package dev.plara.polar.emulator.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.emulator.state.DisputeState;

import java.time.Instant;

/** A dispute in the spec's {@code Dispute} shape, and the {@code RefundDispute} form a refund embeds. */
final class DisputeJson {

    private DisputeJson() {
    }

    static ObjectNode dispute(DisputeState dispute, ObjectNode customer, Instant now) {
        ObjectNode node = refundDispute(dispute, now);
        node.set("customer", customer);
        node.putNull("case_id");
        return node;
    }

    static ObjectNode refundDispute(DisputeState dispute, Instant now) {
        boolean pastDue = !dispute.closed() && dispute.evidenceDueBy() != null && now.isAfter(dispute.evidenceDueBy());
        return JsonNodes.object()
                .put("created_at", JsonNodes.time(dispute.createdAt()))
                .put("modified_at", JsonNodes.time(dispute.modifiedAt()))
                .put("id", dispute.id())
                .put("status", dispute.status())
                .put("resolved", dispute.resolved())
                .put("closed", dispute.closed())
                .put("amount", dispute.amount())
                .put("tax_amount", dispute.taxAmount())
                .put("currency", dispute.currency())
                .put("reason", dispute.reason())
                .put("evidence_due_by", JsonNodes.time(dispute.evidenceDueBy()))
                .put("past_due", pastDue)
                .put("order_id", dispute.orderId())
                .put("payment_id", dispute.paymentId());
    }
}
