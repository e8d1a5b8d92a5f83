package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A customer in the spec's {@code OrderCustomer} / {@code SubscriptionCustomer} shape. */
final class CustomerJson {

    private CustomerJson() {
    }

    static ObjectNode customer(CustomerState customer, String organizationId) {
        ObjectNode node = JsonNodes.object()
                .put("id", customer.id())
                .put("created_at", JsonNodes.time(customer.createdAt()))
                .put("external_id", customer.externalId())
                .put("email", customer.email())
                .put("email_verified", false)
                .put("type", "individual")
                .put("organization_id", organizationId);
        node.set("metadata", JsonNodes.object());
        return JsonNodes.nulls(node, "modified_at", "name", "billing_name", "billing_address", "tax_id", "locale",
                "default_payment_method_id", "deleted_at", "first_user_event_at", "avatar_url");
    }
}
