package dev.plara.polar.emulator.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.emulator.state.RefundState;

/** A refund in the spec's {@code Refund} shape. */
final class RefundJson {

    private RefundJson() {
    }

    static ObjectNode refund(RefundState refund, String organizationId, ObjectNode dispute) {
        ObjectNode node = JsonNodes.object()
                .put("created_at", JsonNodes.time(refund.createdAt()))
                .put("modified_at", JsonNodes.time(refund.modifiedAt()))
                .put("id", refund.id())
                .put("status", refund.status())
                .put("reason", refund.reason())
                .put("amount", refund.amount())
                .put("tax_amount", refund.taxAmount())
                .put("currency", refund.currency())
                .put("organization_id", organizationId)
                .put("order_id", refund.orderId())
                .put("subscription_id", refund.subscriptionId())
                .put("customer_id", refund.customerId())
                .put("revoke_benefits", refund.revokeBenefits());
        node.set("metadata", JsonNodes.metadata(refund.metadata()));
        node.set("dispute", dispute);
        return node;
    }
}
