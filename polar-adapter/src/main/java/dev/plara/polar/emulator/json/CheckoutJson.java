package dev.plara.polar.emulator.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.plara.polar.emulator.state.CheckoutState;

import java.time.Instant;

/** A checkout in the spec's {@code Checkout} shape. */
final class CheckoutJson {

    private CheckoutJson() {
    }

    static ObjectNode checkout(CheckoutState checkout, ObjectNode product, ObjectNode price, String organizationId,
                               String url, Instant now) {
        ObjectNode node = JsonNodes.object()
                .put("id", checkout.id())
                .put("created_at", JsonNodes.time(checkout.createdAt()))
                .put("modified_at", JsonNodes.time(checkout.modifiedAt()))
                .put("payment_processor", "stripe")
                .put("status", checkout.statusAt(now))
                .put("client_secret", checkout.clientSecret())
                .put("url", url)
                .put("expires_at", JsonNodes.time(checkout.expiresAt()))
                .put("success_url", checkout.successUrl())
                .put("return_url", checkout.returnUrl())
                .put("currency", checkout.currency())
                .put("organization_id", organizationId)
                .put("product_id", checkout.productId())
                .put("product_price_id", checkout.priceId())
                .put("allow_discount_codes", checkout.allowDiscountCodes())
                .put("customer_id", checkout.customerId())
                .put("customer_email", checkout.customerEmail())
                .put("external_customer_id", checkout.externalCustomerId())
                .put("subscription_id", checkout.subscriptionId());
        amounts(node, checkout);
        flags(node, price);
        JsonNodes.nulls(node, "embed_origin", "allow_trial", "active_trial_interval", "active_trial_interval_count",
                "trial_end", "discount_id", "customer_name", "customer_ip_address", "customer_billing_name",
                "customer_billing_address", "customer_tax_id", "payment_method_type", "trial_interval",
                "trial_interval_count", "discount", "attached_custom_fields");
        node.set("payment_processor_metadata", JsonNodes.object());
        node.set("billing_address_fields", billingAddressFields());
        node.set("metadata", JsonNodes.metadata(checkout.metadata()));
        node.set("customer_metadata", JsonNodes.object());
        return products(node, checkout, product, price);
    }

    private static ObjectNode products(ObjectNode node, CheckoutState checkout, ObjectNode product, ObjectNode price) {
        node.set("products", JsonNodes.array().add(product));
        node.set("product", product);
        node.set("product_price", price);
        node.set("prices", JsonNodes.object().set(checkout.productId(), JsonNodes.array().add(price)));
        return node;
    }

    private static void amounts(ObjectNode node, CheckoutState checkout) {
        node.put("amount", checkout.amounts().subtotal())
                .put("discount_amount", checkout.amounts().discount())
                .put("net_amount", checkout.amounts().net())
                .put("tax_amount", checkout.amounts().tax())
                .put("tax_behavior", checkout.amounts().taxBehavior())
                .put("total_amount", checkout.amounts().total());
    }

    private static void flags(ObjectNode node, ObjectNode price) {
        boolean free = "fixed".equals(price.path("amount_type").asText()) && price.path("price_amount").asLong() == 0;
        node.put("require_billing_address", false)
                .put("is_discount_applicable", false)
                .put("is_free_product_price", free)
                .put("is_payment_required", !free)
                .put("is_payment_setup_required", false)
                .put("is_payment_form_required", !free)
                .put("is_business_customer", false);
    }

    private static ObjectNode billingAddressFields() {
        return JsonNodes.object()
                .put("country", "required")
                .put("state", "disabled")
                .put("city", "disabled")
                .put("postal_code", "disabled")
                .put("line1", "disabled")
                .put("line2", "disabled");
    }
}
