package dev.plara.polar.emulator.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.emulator.state.CustomerState;

/** A customer in the spec's {@code Customer} (individual) shape, which is also what orders and subscriptions embed. */
final class CustomerJson {

    private CustomerJson() {
    }

    static ObjectNode customer(CustomerState customer, String organizationId) {
        ObjectNode node = JsonNodes.object()
                .put("id", customer.id())
                .put("created_at", JsonNodes.time(customer.createdAt()))
                .put("modified_at", JsonNodes.time(customer.modifiedAt()))
                .put("external_id", customer.externalId())
                .put("email", customer.email())
                .put("email_verified", false)
                .put("type", "individual")
                .put("name", customer.name())
                .put("billing_name", customer.name())
                .put("organization_id", organizationId);
        node.set("metadata", JsonNodes.metadata(customer.metadata()));
        return JsonNodes.nulls(node, "billing_address", "tax_id", "locale", "default_payment_method_id", "deleted_at",
                "first_user_event_at", "avatar_url");
    }
}
