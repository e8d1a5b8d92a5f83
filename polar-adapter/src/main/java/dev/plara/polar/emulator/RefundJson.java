package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A refund in the spec's {@code Refund} shape. */
final class RefundJson {

    private RefundJson() {
    }

    static ObjectNode refund(RefundState refund, String organizationId) {
        ObjectNode node = JsonNodes.object()
                .put("created_at", JsonNodes.time(refund.createdAt()))
                .put("id", refund.id())
                .put("status", refund.status())
                .put("reason", refund.reason())
                .put("amount", refund.amount())
                .put("tax_amount", 0)
                .put("currency", refund.currency())
                .put("organization_id", organizationId)
                .put("order_id", refund.orderId())
                .put("subscription_id", refund.subscriptionId())
                .put("customer_id", refund.customerId())
                .put("revoke_benefits", false);
        node.set("metadata", JsonNodes.metadata(refund.metadata()));
        return JsonNodes.nulls(node, "modified_at", "dispute");
    }
}
