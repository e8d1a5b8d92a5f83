package dev.plara.polar.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** An order in the spec's {@code Order} shape. Polar orders have no {@code amount}: net and total say it. */
final class OrderJson {

    private OrderJson() {
    }

    static ObjectNode order(OrderState order, ObjectNode customer, ObjectNode product, ObjectNode subscription) {
        ObjectNode node = JsonNodes.object()
                .put("id", order.id())
                .put("created_at", JsonNodes.time(order.createdAt()))
                .put("modified_at", JsonNodes.time(order.modifiedAt()))
                .put("status", order.status())
                .put("paid", order.paid())
                .put("currency", order.currency())
                .put("billing_reason", order.billingReason())
                .put("is_invoice_generated", false)
                .put("customer_id", order.customerId())
                .put("product_id", order.productId())
                .put("subscription_id", order.subscriptionId())
                .put("checkout_id", order.checkoutId())
                .put("platform_fee_amount", 0)
                .put("description", product.path("name").asText());
        amounts(node, order);
        JsonNodes.nulls(node, "billing_name", "billing_address", "invoice_number", "receipt_number", "discount_id",
                "platform_fee_currency", "discount");
        node.set("metadata", JsonNodes.metadata(order.metadata()));
        node.set("customer", customer);
        node.set("product", product);
        node.set("subscription", subscription);
        node.set("items", JsonNodes.array().add(item(order, product)));
        return node;
    }

    private static void amounts(ObjectNode node, OrderState order) {
        node.put("subtotal_amount", order.amount())
                .put("discount_amount", 0)
                .put("net_amount", order.amount())
                .put("tax_amount", 0)
                .put("total_amount", order.amount())
                .put("applied_balance_amount", 0)
                .put("due_amount", order.paid() ? 0 : order.amount())
                .put("refunded_amount", order.refundedAmount())
                .put("refunded_tax_amount", 0)
                .put("refundable_amount", order.paid() ? order.refundable() : 0)
                .put("refundable_tax_amount", 0);
    }

    private static ObjectNode item(OrderState order, ObjectNode product) {
        String itemId = UUID.nameUUIDFromBytes((order.id() + ":item").getBytes(StandardCharsets.UTF_8)).toString();
        ObjectNode node = JsonNodes.object()
                .put("created_at", JsonNodes.time(order.createdAt()))
                .put("id", itemId)
                .put("label", product.path("name").asText())
                .put("amount", order.amount())
                .put("tax_amount", 0)
                .put("proration", false)
                .put("product_price_id", product.path("prices").path(0).path("id").asText());
        return JsonNodes.nulls(node, "modified_at");
    }
}
