package dev.plara.polar.emulator.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.emulator.state.Amounts;
import dev.plara.polar.emulator.state.OrderState;

/** An order in the spec's {@code Order} shape. Polar orders have no {@code amount}: subtotal, net and total say it. */
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
        Amounts amounts = order.amounts();
        node.put("subtotal_amount", amounts.subtotal())
                .put("discount_amount", amounts.discount())
                .put("net_amount", amounts.net())
                .put("tax_amount", amounts.tax())
                .put("total_amount", amounts.total())
                .put("applied_balance_amount", 0)
                .put("due_amount", order.paid() || "void".equals(order.status()) ? 0 : amounts.total())
                .put("refunded_amount", order.refundedAmount())
                .put("refunded_tax_amount", order.refundedTaxAmount())
                .put("refundable_amount", order.paid() ? order.refundable() : 0)
                .put("refundable_tax_amount", order.paid() ? order.refundableTax() : 0);
    }

    private static ObjectNode item(OrderState order, ObjectNode product) {
        ObjectNode node = JsonNodes.object()
                .put("created_at", JsonNodes.time(order.createdAt()))
                .put("id", JsonNodes.derivedId(order.id(), "item"))
                .put("label", product.path("name").asText())
                .put("amount", order.amounts().subtotal())
                .put("tax_amount", order.amounts().tax())
                .put("proration", "subscription_update".equals(order.billingReason()))
                .put("product_price_id", product.path("prices").path(0).path("id").asText());
        return JsonNodes.nulls(node, "modified_at");
    }
}
